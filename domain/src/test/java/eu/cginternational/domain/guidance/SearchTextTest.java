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
                    .isEqualTo(" cv interview step by step ");
        }

        @Test
        void characterReferencesAreReadAsTheirCharactersNotIndexedAsWords() {
            // As the sanitiser stores them: & as &amp;, the apostrophe and quotes as numbers; &nbsp; as pasted text has it.
            assertThat(SearchText.of("<p>R&amp;D&nbsp;for students&#39; CVs &#34;abroad&#34; &lt;now&gt;</p>"))
                    .isEqualTo(" r d for students cvs abroad now ");
            assertThat(SearchText.of("Shkoll&#235; &#x0160;kola caf&eacute;&hellip; pro&shy;fession"))
                    .isEqualTo(" shkolle skola caf profession ");
            assertThat(SearchText.of("&#0; &#xD800; &#99999999; &bogus; word")).isEqualTo(" word ");
            assertThat(SearchText.of("<p>&amp;nbsp;</p>")).as("decoded once, as a browser shows it").isEqualTo(" nbsp ");
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
