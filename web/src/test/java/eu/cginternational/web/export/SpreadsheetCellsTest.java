package eu.cginternational.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void aTextThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        assertThat(SpreadsheetCells.inert("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(SpreadsheetCells.inert("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCells.inert("-5")).isEqualTo("'-5");
        assertThat(SpreadsheetCells.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.inert("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void anyOtherTextStaysAsItIs() {
        assertThat(SpreadsheetCells.inert("Klea")).isEqualTo("Klea");
        assertThat(SpreadsheetCells.inert("A = B")).isEqualTo("A = B");
        assertThat(SpreadsheetCells.inert("")).isEmpty();
        assertThat(SpreadsheetCells.inert(null)).isEmpty();
    }
}
