package eu.cginternational.service.training;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The rich text of lessons as it is stored: HTML reduced by the OWASP Java HTML Sanitizer to
 * formatting, blocks, lists, tables and links to http, https and mailto addresses (opened with
 * {@code rel="nofollow noopener noreferrer"}). Scripts, event handlers, styles, frames, forms and
 * images are dropped, so what a page prints unescaped cannot run in a reader's browser.
 */
final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "ul", "ol", "li", "hr", "br", "code", "pre", "blockquote")
                    .allowAttributes("href").onElements("a")
                    .allowUrlProtocols("https", "http", "mailto")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private RichText() {
    }

    /** The HTML without anything that could run or load; null and blank stay null. */
    static String sanitised(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html).trim();
        return clean.isEmpty() ? null : clean;
    }
}
