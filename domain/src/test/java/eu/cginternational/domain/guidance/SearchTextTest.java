package eu.cginternational.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Nested
    class Folding {

        @Test
        void lettersOfTheProjectLanguagesLoseTheirAccentsAndCase() {
            assertThat(SearchText.of("Shkollë Çajupi", "Đurđevac ŠĆEKIĆ", "Straße"))
                    .isEqualTo(" shkolle cajupi djurdjevac scekic strasse ");
        }

        @Test
        void markupAndPunctuationBecomeSingleSpaces() {
            assertThat(SearchText.of("<p>CV &amp; <strong>interview</strong></p>", null, "step-by-step"))
                    .isEqualTo(" cv amp interview step by step ");
        }

        @Test
        void aLongTextIsCutAtAWordBoundary() {
            String text = SearchText.of("word ".repeat(2000));
            assertThat(text).hasSizeLessThanOrEqualTo(SearchText.MAXLENGTH).startsWith(" word ").endsWith("word ");
        }
    }

    @Nested
    class QueryWords {

        @Test
        void eachWordIsFoldedAndCarriesALeadingSpaceSoThatItMatchesTheStartOfAWord() {
            assertThat(SearchText.words("  Intervistë  PUNË intervistë")).containsExactly(" interviste", " pune");
            assertThat(SearchText.of("Intervista e punës")).contains(SearchText.words("PUNË").get(0));
        }

        @Test
        void aWordMatchesAsAPrefixButNotInTheMiddleOfAWord() {
            String text = SearchText.of("Mentoring learners abroad");
            assertThat(text).contains(SearchText.words("mentor").get(0));
            assertThat(text).doesNotContain(SearchText.words("road").get(0));
        }

        @Test
        void aBlankQueryHasNoWordsAndALongOneAtMostEight() {
            assertThat(SearchText.words(" ,;- ")).isEmpty();
            assertThat(SearchText.words(null)).isEmpty();
            assertThat(SearchText.words("a b c d e f g h i j")).hasSize(8);
        }
    }
}
