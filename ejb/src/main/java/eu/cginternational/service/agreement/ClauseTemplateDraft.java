package eu.cginternational.service.agreement;

import eu.cginternational.domain.agreement.ClauseTemplate;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.domain.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A clause template as the coordinator writes it, in the three languages; {@code version} as last read, null when new. */
public class ClauseTemplateDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{clause.title.required}")
    @Size(max = ClauseTemplate.TITLE_MAXLENGTH, message = "{clause.title.too_long}")
    @PlainText
    private String titleEn;

    @NotBlank(message = "{clause.body.required}")
    @Size(max = ClauseTemplate.BODY_MAXLENGTH, message = "{clause.body.too_long}")
    @PlainParagraphs
    private String bodyEn;

    @NotBlank(message = "{clause.title.required}")
    @Size(max = ClauseTemplate.TITLE_MAXLENGTH, message = "{clause.title.too_long}")
    @PlainText
    private String titleSq;

    @NotBlank(message = "{clause.body.required}")
    @Size(max = ClauseTemplate.BODY_MAXLENGTH, message = "{clause.body.too_long}")
    @PlainParagraphs
    private String bodySq;

    @NotBlank(message = "{clause.title.required}")
    @Size(max = ClauseTemplate.TITLE_MAXLENGTH, message = "{clause.title.too_long}")
    @PlainText
    private String titleCnr;

    @NotBlank(message = "{clause.body.required}")
    @Size(max = ClauseTemplate.BODY_MAXLENGTH, message = "{clause.body.too_long}")
    @PlainParagraphs
    private String bodyCnr;

    private boolean active = true;

    private Long version;

    public static ClauseTemplateDraft of(ClauseTemplate template) {
        ClauseTemplateDraft draft = new ClauseTemplateDraft();
        draft.titleEn = template.getTitleEn();
        draft.bodyEn = template.getBodyEn();
        draft.titleSq = template.getTitleSq();
        draft.bodySq = template.getBodySq();
        draft.titleCnr = template.getTitleCnr();
        draft.bodyCnr = template.getBodyCnr();
        draft.active = template.isActive();
        draft.version = template.getVersion();
        return draft;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public void setTitleSq(String titleSq) {
        this.titleSq = titleSq;
    }

    public String getBodySq() {
        return bodySq;
    }

    public void setBodySq(String bodySq) {
        this.bodySq = bodySq;
    }

    public String getTitleCnr() {
        return titleCnr;
    }

    public void setTitleCnr(String titleCnr) {
        this.titleCnr = titleCnr;
    }

    public String getBodyCnr() {
        return bodyCnr;
    }

    public void setBodyCnr(String bodyCnr) {
        this.bodyCnr = bodyCnr;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
