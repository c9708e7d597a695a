package eu.cginternational.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static boolean isPlainText(String value) {
        String regexp = PlainText.class.getAnnotation(Pattern.class).regexp();
        return java.util.regex.Pattern.compile(regexp).matcher(value).matches();
    }

    @Nested
    class Accepted {

        @Test
        void lettersOfTheProjectLanguagesArePlainText() {
            assertThat(isPlainText("Srednja stručna škola Đurđevac – Shkolla Çajupi")).isTrue();
        }

        @Test
        void punctuationOtherThanAngleBracketsIsPlainText() {
            assertThat(isPlainText("O'Brien & Sons, \"Ltd.\" (Tirana) 50% = ok?")).isTrue();
        }

        @Test
        void emptyTextIsPlainText() {
            assertThat(isPlainText("")).isTrue();
        }
    }

    @Nested
    class Refused {

        @Test
        void htmlTagIsRefused() {
            assertThat(isPlainText("<b>bold</b>")).isFalse();
        }

        @Test
        void loneAngleBracketIsRefused() {
            assertThat(isPlainText("a > b")).isFalse();
        }

        @Test
        void lineBreakIsRefused() {
            assertThat(isPlainText("first\nsecond")).isFalse();
        }

        @Test
        void tabIsRefused() {
            assertThat(isPlainText("a\tb")).isFalse();
        }

        @Test
        void nulCharacterIsRefused() {
            assertThat(isPlainText("a\u0000b")).isFalse();
        }

        @Test
        void deleteCharacterIsRefused() {
            assertThat(isPlainText("a\u007Fb")).isFalse();
        }
    }
}
