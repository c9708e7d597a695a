package eu.cginternational.service.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void keepsFormattingListsTablesAndWebLinks() {
        String html = "<h3>Types</h3><p>Six <strong>types</strong> and <em>one</em> profile.</p><ul><li>R</li></ul>"
                + "<table><tbody><tr><td>S</td></tr></tbody></table>";
        assertEquals(html, RichText.sanitised(html));
        String link = RichText.sanitised("<a href=\"https://example.org/guide\">guide</a>");
        assertThat(link).startsWith("<a href=\"https://example.org/guide\" rel=\"").endsWith("\">guide</a>")
                .contains("nofollow", "noopener", "noreferrer");
    }

    @Test
    void dropsScriptsHandlersStylesFramesAndScriptLinks() {
        String clean = RichText.sanitised("<p style=\"color:red\" onclick=\"steal()\">Hi</p><script>alert(1)</script>"
                + "<iframe src=\"https://evil.example.org\"></iframe><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">x</a><svg onload=alert(4)></svg>");
        assertThat(clean).isEqualTo("<p>Hi</p>x");
    }

    @Test
    void nothingLeftIsNothing() {
        assertNull(RichText.sanitised("<script>alert(1)</script>"));
        assertNull(RichText.sanitised("   "));
        assertNull(RichText.sanitised(null));
    }
}
