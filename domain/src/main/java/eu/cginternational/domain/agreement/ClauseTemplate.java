package eu.cginternational.domain.agreement;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A reusable clause that coordinators maintain in the three languages of the platform. An
 * agreement copies the title and text in its own language when the clause is added, so a later
 * change here never changes an agreement.
 */
@Entity
@Table(name = "clause_template")
public class ClauseTemplate extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAXLENGTH = 200;
    public static final int BODY_MAXLENGTH = 4000;

    @Column(name = "title_en", length = TITLE_MAXLENGTH, nullable = false)
    private String titleEn;

    @Column(name = "body_en", length = BODY_MAXLENGTH, nullable = false)
    private String bodyEn;

    @Column(name = "title_sq", length = TITLE_MAXLENGTH, nullable = false)
    private String titleSq;

    @Column(name = "body_sq", length = BODY_MAXLENGTH, nullable = false)
    private String bodySq;

    @Column(name = "title_cnr", length = TITLE_MAXLENGTH, nullable = false)
    private String titleCnr;

    @Column(name = "body_cnr", length = BODY_MAXLENGTH, nullable = false)
    private String bodyCnr;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected ClauseTemplate() {
        // for JPA
    }

    public ClauseTemplate(String titleEn, String bodyEn, String titleSq, String bodySq, String titleCnr, String bodyCnr) {
        write(titleEn, bodyEn, titleSq, bodySq, titleCnr, bodyCnr);
    }

    /** Rewrites the clause in all three languages; each needs a title and a text. */
    public final void write(String newTitleEn, String newBodyEn, String newTitleSq, String newBodySq, String newTitleCnr,
            String newBodyCnr) {
        titleEn = required(newTitleEn);
        bodyEn = required(newBodyEn);
        titleSq = required(newTitleSq);
        bodySq = required(newBodySq);
        titleCnr = required(newTitleCnr);
        bodyCnr = required(newBodyCnr);
    }

    /** The clause in a language, as an agreement copies it. */
    public AgreementClause in(Language language) {
        return switch (language) {
            case EN -> new AgreementClause(getId(), titleEn, bodyEn);
            case SQ -> new AgreementClause(getId(), titleSq, bodySq);
            case CNR -> new AgreementClause(getId(), titleCnr, bodyCnr);
        };
    }

    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Every language needs a title and a text");
        }
        return text.strip();
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public String getBodySq() {
        return bodySq;
    }

    public String getTitleCnr() {
        return titleCnr;
    }

    public String getBodyCnr() {
        return bodyCnr;
    }

    public boolean isActive() {
        return active;
    }

    public String titleIn(Language language) {
        return Objects.requireNonNull(in(language)).getTitle();
    }
}
