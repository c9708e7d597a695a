package eu.cginternational.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void theLastPartOfThePathWithoutControlCharactersAndQuotes() {
        assertThat(FileNames.plain("C:\\Users\\ana\\Raporti \"final\".pdf", 200)).isEqualTo("Raporti final.pdf");
        assertThat(FileNames.plain("../../etc/passwd\n", 200)).isEqualTo("passwd");
        assertThat(FileNames.plain(" / ", 200)).isEqualTo("file");
        assertThat(FileNames.plain(null, 200)).isEqualTo("file");
    }

    @Test
    void aLongNameKeepsItsEndForTheExtension() {
        String name = FileNames.plain("r".repeat(250) + ".pdf", 200);
        assertThat(name).hasSize(200).endsWith("rrr.pdf");
    }
}
