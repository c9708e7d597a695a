package eu.cginternational.service.training;

import eu.cginternational.domain.text.PlainText;
import eu.cginternational.domain.training.Choice;
import eu.cginternational.domain.training.LocalizedText;
import eu.cginternational.domain.training.Question;
import eu.cginternational.domain.training.QuestionPlan;
import eu.cginternational.domain.training.Quiz;
import eu.cginternational.service.config.StrictJson;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What an author enters for a quiz: title, pass mark in percent and the questions with their choices, all plain text. */
public class QuizDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{module.title.required}")
    @Size(max = Quiz.TITLE_MAXLENGTH, message = "{module.text.too_long}")
    @PlainText
    private String titleEn;

    @Size(max = Quiz.TITLE_MAXLENGTH, message = "{module.text.too_long}")
    @PlainText
    private String titleSq;

    @Size(max = Quiz.TITLE_MAXLENGTH, message = "{module.text.too_long}")
    @PlainText
    private String titleCnr;

    @NotNull(message = "{module.pass_mark.range}")
    @Min(value = 1, message = "{module.pass_mark.range}")
    @Max(value = 100, message = "{module.pass_mark.range}")
    private Integer passMark = 80;

    @NotEmpty(message = "{module.questions.required}")
    @Size(max = Quiz.MAX_QUESTIONS, message = "{module.questions.required}")
    @Valid
    private List<@NotNull(message = "{list.entry.missing}") QuestionDraft> questions = new ArrayList<>();

    public static QuizDraft of(Quiz quiz) {
        QuizDraft draft = new QuizDraft();
        draft.titleEn = quiz.getTitle().en();
        draft.titleSq = quiz.getTitle().sq();
        draft.titleCnr = quiz.getTitle().cnr();
        draft.passMark = quiz.getPassMark();
        draft.questions = new ArrayList<>(quiz.getQuestions().stream().map(QuestionDraft::of).toList());
        return draft;
    }

    LocalizedText title() {
        return new LocalizedText(titleEn, titleSq, titleCnr);
    }

    List<QuestionPlan> plans() {
        return questions.stream().map(QuestionDraft::plan).toList();
    }

    /** A question of the draft. */
    public static class QuestionDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{module.question.required}")
        @Size(max = Question.TEXT_MAXLENGTH, message = "{module.text.too_long}")
        @PlainText
        private String textEn;

        @Size(max = Question.TEXT_MAXLENGTH, message = "{module.text.too_long}")
        @PlainText
        private String textSq;

        @Size(max = Question.TEXT_MAXLENGTH, message = "{module.text.too_long}")
        @PlainText
        private String textCnr;

        @JsonbTypeDeserializer(StrictJson.YesNo.class)
        private boolean multiple;

        @Valid
        private List<@NotNull(message = "{list.entry.missing}") ChoiceDraft> choices = new ArrayList<>();

        static QuestionDraft of(Question question) {
            QuestionDraft draft = new QuestionDraft();
            draft.textEn = question.getText().en();
            draft.textSq = question.getText().sq();
            draft.textCnr = question.getText().cnr();
            draft.multiple = question.isMultiple();
            draft.choices = new ArrayList<>(question.getChoices().stream().map(ChoiceDraft::of).toList());
            return draft;
        }

        QuestionPlan plan() {
            return new QuestionPlan(new LocalizedText(textEn, textSq, textCnr), multiple,
                    choices.stream().filter(c -> c.getTextEn() != null && !c.getTextEn().isBlank())
                            .map(c -> new QuestionPlan.ChoicePlan(new LocalizedText(c.textEn, c.textSq, c.textCnr), c.correct))
                            .toList());
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public String getTextSq() {
            return textSq;
        }

        public void setTextSq(String textSq) {
            this.textSq = textSq;
        }

        public String getTextCnr() {
            return textCnr;
        }

        public void setTextCnr(String textCnr) {
            this.textCnr = textCnr;
        }

        public boolean isMultiple() {
            return multiple;
        }

        public void setMultiple(boolean multiple) {
            this.multiple = multiple;
        }

        public List<ChoiceDraft> getChoices() {
            return choices;
        }

        public void setChoices(List<ChoiceDraft> choices) {
            this.choices = choices == null ? new ArrayList<>() : choices;
        }
    }

    /** A choice of a question of the draft; a choice without English text is left out. */
    public static class ChoiceDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        @Size(max = Choice.TEXT_MAXLENGTH, message = "{module.text.too_long}")
        @PlainText
        private String textEn;

        @Size(max = Choice.TEXT_MAXLENGTH, message = "{module.text.too_long}")
        @PlainText
        private String textSq;

        @Size(max = Choice.TEXT_MAXLENGTH, message = "{module.text.too_long}")
        @PlainText
        private String textCnr;

        @JsonbTypeDeserializer(StrictJson.YesNo.class)
        private boolean correct;

        static ChoiceDraft of(Choice choice) {
            ChoiceDraft draft = new ChoiceDraft();
            draft.textEn = choice.getText().en();
            draft.textSq = choice.getText().sq();
            draft.textCnr = choice.getText().cnr();
            draft.correct = choice.isCorrect();
            return draft;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public String getTextSq() {
            return textSq;
        }

        public void setTextSq(String textSq) {
            this.textSq = textSq;
        }

        public String getTextCnr() {
            return textCnr;
        }

        public void setTextCnr(String textCnr) {
            this.textCnr = textCnr;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }
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

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    public List<QuestionDraft> getQuestions() {
        return questions;
    }

    public void setQuestions(List<QuestionDraft> questions) {
        this.questions = questions == null ? new ArrayList<>() : questions;
    }
}
