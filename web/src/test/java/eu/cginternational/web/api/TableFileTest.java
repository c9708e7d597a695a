package eu.cginternational.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFileTest {

    private final TableFile table = new TableFile(List.of("Pjesëmarrësi", "Statusi"), List.of(
            List.of("Đorđe \"Đoko\" Vuković", "Dorëzuar"),
            List.of("=HYPERLINK(\"http://evil.example\")", "Kthyer, për ndryshime")));

    @Test
    void aCsvStartsWithAByteOrderMarkAndQuotesWhatNeedsIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeCsv(out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFPjesëmarrësi,Statusi\n");
        assertThat(csv).contains("\"Đorđe \"\"Đoko\"\" Vuković\",Dorëzuar\n");
        assertThat(csv).contains("\"Kthyer, për ndryshime\"");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaStaysText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeCsv(out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
    }

    @Test
    void aSpreadsheetHoldsTheHeadingsAndRowsAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeXlsx(out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Pjesëmarrësi");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Đorđe \"Đoko\" Vuković");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }
}
