package eu.cginternational.domain.training;

import eu.cginternational.domain.training.ModuleRuleException.Rule;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A question of a quiz: single choice (exactly one right choice) or multiple choice (one or more
 * right). At least two choices. An answer is right when it picks exactly the right choices.
 */
@Entity
@Table(name = "learning_question")
public class Question {

    public static final int TEXT_MAXLENGTH = 1000;
    public static final int MAX_CHOICES = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id", nullable = false, updatable = false)
    private Quiz quiz;

    @Column(name = "item_position", nullable = false)
    private int position;

    @Column(name = "text_en", length = TEXT_MAXLENGTH, nullable = false)
    private String textEn;

    @Column(name = "text_sq", length = TEXT_MAXLENGTH)
    private String textSq;

    @Column(name = "text_cnr", length = TEXT_MAXLENGTH)
    private String textCnr;

    @Column(name = "multiple_choice", nullable = false)
    private boolean multiple;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<Choice> choices = new ArrayList<>();

    protected Question() {
        // for JPA
    }

    Question(Quiz quiz, int position, QuestionPlan plan) {
        LocalizedText text = plan.text();
        if (text == null || text.lacksEnglish()) {
            throw new ModuleRuleException(Rule.TITLE_MISSING);
        }
        if (text.longerThan(TEXT_MAXLENGTH)) {
            throw new ModuleRuleException(Rule.TEXT_TOO_LONG, TEXT_MAXLENGTH);
        }
        List<QuestionPlan.ChoicePlan> plans = plan.choices();
        if (plans.size() < 2 || plans.size() > MAX_CHOICES) {
            throw new ModuleRuleException(Rule.TOO_FEW_CHOICES, position, MAX_CHOICES);
        }
        for (QuestionPlan.ChoicePlan choice : plans) {
            if (choice.text() == null || choice.text().lacksEnglish()) {
                throw new ModuleRuleException(Rule.TITLE_MISSING);
            }
            if (choice.text().longerThan(Choice.TEXT_MAXLENGTH)) {
                throw new ModuleRuleException(Rule.TEXT_TOO_LONG, Choice.TEXT_MAXLENGTH);
            }
        }
        long right = plans.stream().filter(QuestionPlan.ChoicePlan::correct).count();
        if (right == 0) {
            throw new ModuleRuleException(Rule.NO_CORRECT_CHOICE, position);
        }
        if (!plan.multiple() && right > 1) {
            throw new ModuleRuleException(Rule.SINGLE_CHOICE_WITH_SEVERAL_CORRECT, position);
        }
        this.quiz = quiz;
        this.position = position;
        this.textEn = text.en();
        this.textSq = text.sq();
        this.textCnr = text.cnr();
        this.multiple = plan.multiple();
        for (int i = 0; i < plans.size(); i++) {
            choices.add(new Choice(this, i + 1, plans.get(i)));
        }
    }

    /** Whether the picked choices are exactly the right ones. */
    boolean isAnsweredBy(Set<Choice> picked) {
        return picked.equals(choices.stream().filter(Choice::isCorrect).collect(Collectors.toSet()));
    }

    public Long getId() {
        return id;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getText() {
        return new LocalizedText(textEn, textSq, textCnr);
    }

    public boolean isMultiple() {
        return multiple;
    }

    public List<Choice> getChoices() {
        return Collections.unmodifiableList(choices);
    }

    public QuestionPlan toPlan() {
        return new QuestionPlan(getText(), multiple, choices.stream().map(Choice::toPlan).toList());
    }
}
