package eu.cginternational.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A clause as the version holds it: a copy of a template's title and text in the version's
 * language, taken when it was added, so that a later change of the template never changes an
 * agreement. A value.
 */
@Embeddable
public class AgreementClause implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "template_id")
    private Long templateId;

    @Column(name = "title", length = ClauseTemplate.TITLE_MAXLENGTH, nullable = false)
    private String title;

    @Column(name = "body", length = ClauseTemplate.BODY_MAXLENGTH, nullable = false)
    private String body;

    protected AgreementClause() {
        // for JPA
    }

    public AgreementClause(Long templateId, String title, String body) {
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw new IllegalArgumentException("A clause needs a title and a text");
        }
        this.templateId = templateId;
        this.title = title.strip();
        this.body = body.strip();
    }

    /** The same clause as an object of its own, for another version: see {@link AgreementVersion}. */
    AgreementClause copy() {
        AgreementClause copy = new AgreementClause();
        copy.templateId = templateId;
        copy.title = title;
        copy.body = body;
        return copy;
    }

    /** The template it was copied from; null for a clause written for this agreement only. */
    public Long getTemplateId() {
        return templateId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementClause that && Objects.equals(templateId, that.templateId)
                && title.equals(that.title) && body.equals(that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(templateId, title, body);
    }
}
