package eu.cginternational.service.training;

import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.domain.training.Registration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A participant's feedback on a training: a rating from 1 to 5 and an optional comment in plain text. */
public class FeedbackDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{training.feedback.rating.required}")
    @Min(value = 1, message = "{training.feedback.rating.range}")
    @Max(value = 5, message = "{training.feedback.rating.range}")
    private Integer rating;

    @Size(max = Registration.FEEDBACK_MAXLENGTH, message = "{training.feedback.comment.too_long}")
    @PlainParagraphs
    private String comment;

    public FeedbackDraft() {
    }

    public FeedbackDraft(Integer rating, String comment) {
        this.rating = rating;
        this.comment = comment;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
