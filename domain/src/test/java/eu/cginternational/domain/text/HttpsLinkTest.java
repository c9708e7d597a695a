package eu.cginternational.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpsLinkTest {

    @Test
    void anHttpsAddressIsKeptTrimmed() {
        assertThat(HttpsLink.of("  https://www.mash.gov.al/strategjia?viti=2026#kreu ", 500))
                .contains("https://www.mash.gov.al/strategjia?viti=2026#kreu");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "http://www.mash.gov.al", "ftp://files.example", "https://", "https:///path",
            "javascript:alert(1)", "www.mash.gov.al", "https://www.mash.gov.al/a b",
            "https://www.mash.gov.al@other.example/", "https://user:secret@www.mash.gov.al/"})
    void anythingElseIsNoLink(String link) {
        assertThat(HttpsLink.of(link, 500)).isEmpty();
    }

    @Test
    void aLinkLongerThanItsColumnIsNoLink() {
        String path = "a".repeat(480);
        String link = "https://www.example.org/" + path;

        assertThat(HttpsLink.of(link, link.length())).contains(link);
        assertThat(HttpsLink.of(link, link.length() - 1)).isEmpty();
    }
}
