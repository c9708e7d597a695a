package eu.cginternational.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErasedTextTest {

    @Test
    void everyMentionOfTheNameBecomesThePseudonym() {
        assertThat(ErasedText.renamed("Ana Kovač of SVS asks; Ana Kovač again.", "Ana Kovač", "Anonymised 42"))
                .isEqualTo("Anonymised 42 of SVS asks; Anonymised 42 again.");
    }

    @Test
    void aTextWithoutTheNameOrWithoutTextStaysAsItIs() {
        assertThat(ErasedText.renamed("A mobility waits for your decision", "Ana Kovač", "Anonymised 42"))
                .isEqualTo("A mobility waits for your decision");
        assertThat(ErasedText.renamed(null, "Ana Kovač", "Anonymised 42")).isNull();
        assertThat(ErasedText.renamed("Ana", " ", "Anonymised 42")).isEqualTo("Ana");
    }
}
