package eu.cginternational.service.training;

import eu.cginternational.domain.text.PlainText;
import eu.cginternational.domain.training.Lesson;
import eu.cginternational.domain.training.LessonContent;
import eu.cginternational.domain.training.LocalizedText;
import eu.cginternational.domain.training.VideoLink;
import eu.cginternational.service.text.RichText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What an author enters for a lesson: the title as plain text and the body as HTML (sanitised by the
 * service before it is saved) in English and optionally Albanian and Montenegrin, and a video link.
 */
public class LessonDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{module.title.required}")
    @Size(max = Lesson.TITLE_MAXLENGTH, message = "{module.text.too_long}")
    @PlainText
    private String titleEn;

    @Size(max = Lesson.TITLE_MAXLENGTH, message = "{module.text.too_long}")
    @PlainText
    private String titleSq;

    @Size(max = Lesson.TITLE_MAXLENGTH, message = "{module.text.too_long}")
    @PlainText
    private String titleCnr;

    @NotBlank(message = "{module.body.required}")
    @Size(max = Lesson.BODY_MAXLENGTH, message = "{module.text.too_long}")
    private String bodyEn;

    @Size(max = Lesson.BODY_MAXLENGTH, message = "{module.text.too_long}")
    private String bodySq;

    @Size(max = Lesson.BODY_MAXLENGTH, message = "{module.text.too_long}")
    private String bodyCnr;

    @Size(max = VideoLink.MAXLENGTH, message = "{module.text.too_long}")
    private String videoLink;

    public static LessonDraft of(Lesson lesson) {
        LessonDraft draft = new LessonDraft();
        draft.titleEn = lesson.getTitle().en();
        draft.titleSq = lesson.getTitle().sq();
        draft.titleCnr = lesson.getTitle().cnr();
        draft.bodyEn = lesson.getBody().en();
        draft.bodySq = lesson.getBody().sq();
        draft.bodyCnr = lesson.getBody().cnr();
        draft.videoLink = lesson.getVideoLink();
        return draft;
    }

    /** The content with the body sanitised. */
    LessonContent content() {
        return new LessonContent(new LocalizedText(titleEn, titleSq, titleCnr),
                new LocalizedText(body(bodyEn), body(bodySq), body(bodyCnr)),
                videoLink);
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public void setTitleSq(String titleSq) {
        this.titleSq = titleSq;
    }

    public String getTitleCnr() {
        return titleCnr;
    }

    public void setTitleCnr(String titleCnr) {
        this.titleCnr = titleCnr;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getBodySq() {
        return bodySq;
    }

    public void setBodySq(String bodySq) {
        this.bodySq = bodySq;
    }

    public String getBodyCnr() {
        return bodyCnr;
    }

    public void setBodyCnr(String bodyCnr) {
        this.bodyCnr = bodyCnr;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    /** A lesson text as stored: sanitised, and absent when nothing is left of it. */
    private static String body(String html) {
        String clean = RichText.sanitise(html);
        return clean.isEmpty() ? null : clean;
    }
}
