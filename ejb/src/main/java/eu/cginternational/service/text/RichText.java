package eu.cginternational.service.text;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Makes rich text (library resources, lessons of self-paced modules) safe to show: only paragraphs,
 * headings, lists, emphasis, tables, quotes, code and https or mailto links (opened with
 * {@code rel="nofollow noopener noreferrer"}) stay; scripts, styles, event handlers, frames, forms,
 * images and other addresses are removed with their content where they can carry code. The result is
 * what is stored, so a page may print it as is.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .allowElements("ul", "ol", "li", "dl", "dt", "dd", "hr", "br", "code", "pre", "blockquote")
                    .toFactory());

    private RichText() {
    }

    /** The safe form of the given HTML; null or blank gives an empty string. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html).strip();
    }

    /** Whether sanitising removed or changed anything (markup that is not allowed was present). */
    public static boolean changes(String html) {
        return html != null && !sanitise(html).equals(html.strip());
    }
}
