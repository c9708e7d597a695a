package eu.cginternational.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;

class PlainParagraphsTest {

    private static boolean isPlainParagraphs(String value) {
        String regexp = PlainParagraphs.class.getAnnotation(Pattern.class).regexp();
        return java.util.regex.Pattern.compile(regexp).matcher(value).matches();
    }

    @Test
    void linesBrokenAsBrowsersSendThemAndTabsArePlainParagraphs() {
        assertThat(isPlainParagraphs("Week 1: kitchen\r\nWeek 2: reception\n\n\t- serve guests")).isTrue();
    }

    @Test
    void markupAndOtherControlCharactersAreStillRefused() {
        assertThat(isPlainParagraphs("first\n<script>alert(1)</script>")).isFalse();
        assertThat(isPlainParagraphs("a\u0000b")).isFalse();
        assertThat(isPlainParagraphs("a\u001bb")).isFalse();
        assertThat(isPlainParagraphs("name\u202Etxt.exe")).isFalse();
    }
}
