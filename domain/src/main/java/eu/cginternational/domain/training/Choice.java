package eu.cginternational.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One choice of a quiz question; whether it is right is never shown to a participant before scoring. */
@Entity
@Table(name = "learning_choice")
public class Choice {

    public static final int TEXT_MAXLENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Column(name = "item_position", nullable = false)
    private int position;

    @Column(name = "text_en", length = TEXT_MAXLENGTH, nullable = false)
    private String textEn;

    @Column(name = "text_sq", length = TEXT_MAXLENGTH)
    private String textSq;

    @Column(name = "text_cnr", length = TEXT_MAXLENGTH)
    private String textCnr;

    @Column(name = "correct", nullable = false)
    private boolean correct;

    protected Choice() {
        // for JPA
    }

    Choice(Question question, int position, QuestionPlan.ChoicePlan plan) {
        this.question = question;
        this.position = position;
        this.textEn = plan.text().en();
        this.textSq = plan.text().sq();
        this.textCnr = plan.text().cnr();
        this.correct = plan.correct();
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getText() {
        return new LocalizedText(textEn, textSq, textCnr);
    }

    public boolean isCorrect() {
        return correct;
    }

    QuestionPlan.ChoicePlan toPlan() {
        return new QuestionPlan.ChoicePlan(getText(), correct);
    }
}
