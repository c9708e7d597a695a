package eu.cginternational.service.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Nested
    class Neutralised {

        @Test
        void scriptsAreRemovedWithTheirContent() {
            String safe = RichText.sanitise("<p>Hello</p><script>alert('x')</script>");
            assertThat(safe).isEqualTo("<p>Hello</p>");
        }

        @Test
        void eventHandlersStylesAndJavascriptAddressesAreDropped() {
            String safe = RichText.sanitise("<p onclick=\"steal()\" style=\"color:red\">Hi <a href=\"javascript:alert(1)\">x</a>"
                    + "<img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe></p>");
            assertThat(safe).doesNotContain("onclick", "style", "javascript", "img", "onerror", "iframe").contains("Hi");
        }

        @Test
        void plainHttpLinksAreNotKeptAsLinks() {
            assertThat(RichText.sanitise("<a href=\"http://example.org\">site</a>")).doesNotContain("href");
        }

        @Test
        void whatWasChangedIsReported() {
            assertThat(RichText.changes("<p>ok</p><script>x</script>")).isTrue();
            assertThat(RichText.changes("<p>ok</p>")).isFalse();
        }
    }

    @Nested
    class Kept {

        @Test
        void structureEmphasisAndHttpsLinksStayWithSafeRels() {
            String safe = RichText.sanitise("<h3>Steps</h3><ol><li><strong>Ask</strong></li></ol>"
                    + "<a href=\"https://europass.europa.eu\">Europass</a>");
            assertThat(safe).contains("<h3>Steps</h3>", "<ol><li><strong>Ask</strong></li></ol>",
                    "href=\"https://europass.europa.eu\"", "noopener", "noreferrer", "nofollow");
        }

        @Test
        void lettersOfTheProjectLanguagesStayAsTheyAre() {
            assertThat(RichText.sanitise("<p>Shkollë, škola, Đurđevac</p>")).isEqualTo("<p>Shkollë, škola, Đurđevac</p>");
        }

        @Test
        void nothingGivesAnEmptyText() {
            assertThat(RichText.sanitise(null)).isEmpty();
            assertThat(RichText.sanitise("  ")).isEmpty();
        }
    }

    @Test
    void tablesQuotesAndMailtoLinksOfLessonsStay() {
        String html = "<table><tbody><tr><td>S</td></tr></tbody></table><blockquote>Ask</blockquote>";
        assertThat(RichText.sanitise(html)).isEqualTo(html);
        assertThat(RichText.sanitise("<a href=\"mailto:guide@example.org\">mail</a>")).contains("href=\"mailto:guide&#64;example.org\"");
    }
}
