package eu.cginternational.service.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Lays out one A4 document of the platform with OpenPDF: a title, headings, a table of facts and
 * paragraphs, in Liberation Sans embedded as Unicode (Identity-H), so that ë, ç, š, č, ć, ž and đ
 * show on every reader and are extractable as text.
 *
 * <p>The output depends only on what is given: the creation date is the moment the content was
 * made, the file identifier and the prefixes of the embedded font subsets are derived from the
 * document's identity. The same content therefore always gives the same bytes, which a signing
 * step can hash.
 */
public final class PdfComposer {

    private static final String CREATOR = "CG International platform";
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6b);
    private static final Color RULE = new Color(0xc8, 0xd0, 0xd8);
    private static final byte[] REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("liberation/LiberationSans-Bold.ttf");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    private final Font titleFont;
    private final Font headingFont;
    private final Font bodyFont;
    private final Font labelFont;
    private final Font smallFont;

    /**
     * Starts a document.
     *
     * @param identity names the document and its version uniquely (for example
     *        {@code learning-agreement/12/2}); the file identifier and font prefixes come from it
     * @param created  when the content was made; the document's creation date
     * @param language the language the document is written in
     */
    public PdfComposer(String identity, Instant created, Locale language, String title, String subject) {
        BaseFont regular = embedded("LiberationSans-Regular.ttf", REGULAR, identity);
        BaseFont bold = embedded("LiberationSans-Bold.ttf", BOLD, identity);
        titleFont = new Font(bold, 18);
        headingFont = new Font(bold, 12);
        bodyFont = new Font(regular, 10);
        labelFont = new Font(bold, 9.5f, Font.NORMAL, MUTED);
        smallFont = new Font(regular, 8.5f, Font.NORMAL, MUTED);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(created.toEpochMilli());
        document.addTitle(title);
        document.addSubject(subject);
        document.addCreator(CREATOR);
        document.open();
        // OpenPDF stamps the creation date with the clock and the file identifier with a random
        // number unless they are set in the information dictionary itself.
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
        byte[] id = digest(identity);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
    }

    public PdfComposer title(String text) {
        Paragraph title = new Paragraph(text, titleFont);
        title.setSpacingAfter(4);
        return add(title);
    }

    /** A line under the title, such as the version and its date. */
    public PdfComposer subtitle(String text) {
        Paragraph line = new Paragraph(text, new Font(bodyFont.getBaseFont(), 10.5f, Font.NORMAL, MUTED));
        line.setSpacingAfter(6);
        add(line);
        // A chunk without a font of its own would make OpenPDF embed its default font, with a random subset prefix.
        Chunk rule = new Chunk(new LineSeparator(0.75f, 100, RULE, Element.ALIGN_CENTER, -4));
        rule.setFont(bodyFont);
        return add(rule);
    }

    public PdfComposer heading(String text) {
        Paragraph heading = new Paragraph(text, headingFont);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        heading.setKeepTogether(true);
        return add(heading);
    }

    /** A paragraph of running text; line breaks in the text are kept. */
    public PdfComposer text(String text) {
        Paragraph paragraph = new Paragraph(lines(text), bodyFont);
        paragraph.setLeading(14);
        paragraph.setSpacingAfter(4);
        return add(paragraph);
    }

    /** A small note, such as a reference or where the document comes from. */
    public PdfComposer note(String text) {
        Paragraph paragraph = new Paragraph(text, smallFont);
        paragraph.setSpacingBefore(18);
        return add(paragraph);
    }

    /** Label and value pairs as a two-column table, in the map's order (see {@link #factList}); empty values are left out. */
    public PdfComposer facts(Map<String, String> facts) {
        PdfPTable table = new PdfPTable(new float[] {32, 68});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        facts.forEach((label, value) -> {
            if (value != null && !value.isBlank()) {
                table.addCell(cell(new Phrase(label, labelFont)));
                table.addCell(cell(new Phrase(lines(value), bodyFont)));
            }
        });
        return add(table);
    }

    /**
     * The text with its line breaks as OpenPDF breaks lines: text areas send CR LF, and a CR or a tab would be a glyph
     * the fonts lack.
     */
    private static String lines(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    }

    /** An ordered map for {@link #facts}. */
    public static Map<String, String> factList() {
        return new LinkedHashMap<>();
    }

    /** Closes the document and gives its bytes. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        cell.setLeading(0, 1.3f);
        return cell;
    }

    private PdfComposer add(Element element) {
        try {
            document.add(element);
            return this;
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the document", e);
        }
    }

    /** The font embedded as a subset, with the subset's name prefix drawn from the document's identity. */
    private static BaseFont embedded(String name, byte[] file, String identity) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
            SecureRandom prefixes = SecureRandom.getInstance("SHA1PRNG");
            prefixes.setSeed(digest(identity + "/" + name));
            font.setSecureRandom(prefixes);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot load the font " + name, e);
        }
    }

    private static byte[] digest(String text) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfComposer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
