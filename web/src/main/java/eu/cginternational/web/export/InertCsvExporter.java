package eu.cginternational.web.export;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * PrimeFaces' CSV export of a table, with every cell {@linkplain SpreadsheetCells#inert inert}: PrimeFaces quotes a
 * cell but writes a formula as it is. (Its spreadsheet exports write text cells, which are never run.)
 */
public class InertCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, value.isStringValue()
                ? ColumnValue.of(SpreadsheetCells.inert(value.toString())) : value, index);
    }
}
