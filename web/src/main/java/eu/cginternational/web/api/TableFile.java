package eu.cginternational.web.api;

import com.opencsv.CSVWriter;
import eu.cginternational.web.config.Bundle;
import eu.cginternational.web.export.SpreadsheetCells;
import com.opencsv.ICSVWriter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list exported as a file people open in a spreadsheet program: a header row and rows of text,
 * as CSV (UTF-8 with a byte order mark, so that Excel shows ë, ç, š and đ) or as XLSX.
 *
 * @param headers the column headings, in the person's language
 * @param rows the rows, each with one text per heading
 */
public record TableFile(List<String> headers, List<List<String>> rows) {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows a streaming workbook keeps in memory before it writes them out. */
    private static final int ROWS_IN_MEMORY = 200;

    /** A table whose headings are texts of the page bundle, in the reader's language. */
    public static TableFile headed(Locale locale, List<String> headingKeys, List<List<String>> rows) {
        return new TableFile(headingKeys.stream().map(key -> Bundle.text(locale, key)).toList(), rows);
    }

    /** The file as a download named after the list, {@code csv} or {@code xlsx}; another format is a bad request. */
    public Response download(String name, String format) {
        return switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "csv" -> attachment(this::writeCsv, CSV + ";charset=UTF-8", name + ".csv");
            case "xlsx" -> attachment(this::writeXlsx, XLSX, name + ".xlsx");
            default -> throw new InvalidRequest("api.request.format");
        };
    }

    private static Response attachment(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    void writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        ICSVWriter csv = new CSVWriter(writer);
        csv.writeNext(headers.toArray(String[]::new), false);
        for (List<String> row : rows) {
            csv.writeNext(row.stream().map(SpreadsheetCells::inert).toArray(String[]::new), false);
        }
        csv.flush();
    }

    void writeXlsx(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet();
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            write(sheet.createRow(0), headers, bold);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i), null);
            }
            for (int column = 0; column < headers.size(); column++) {
                sheet.setColumnWidth(column, 24 * 256);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void write(Row row, List<String> texts, CellStyle style) {
        for (int column = 0; column < texts.size(); column++) {
            var cell = row.createCell(column);
            cell.setCellValue(texts.get(column));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
