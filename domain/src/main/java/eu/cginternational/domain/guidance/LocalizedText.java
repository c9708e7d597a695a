package eu.cginternational.domain.guidance;

import eu.cginternational.domain.account.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One text in the platform's three languages: English, Albanian and Montenegrin (Latin). Reference
 * data must exist in all three, so none may be blank. A value object: the owner replaces it whole.
 * The owner names the columns with {@code @AttributeOverrides}.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "text_en")
    private String en;

    @Column(name = "text_sq")
    private String sq;

    @Column(name = "text_cnr")
    private String cnr;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String en, String sq, String cnr) {
        this.en = required(en, "en");
        this.sq = required(sq, "sq");
        this.cnr = required(cnr, "cnr");
    }

    private static String required(String text, String language) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The " + language + " text is missing");
        }
        return text.strip();
    }

    /** The text in the language; English if the language is not one of the three. */
    public String in(Language language) {
        if (language == null) {
            return en;
        }
        return switch (language) {
            case SQ -> sq;
            case CNR -> cnr;
            default -> en;
        };
    }

    public String getEn() {
        return en;
    }

    public String getSq() {
        return sq;
    }

    public String getCnr() {
        return cnr;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && Objects.equals(en, that.en) && Objects.equals(sq, that.sq)
                && Objects.equals(cnr, that.cnr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, sq, cnr);
    }

    @Override
    public String toString() {
        return en;
    }
}
