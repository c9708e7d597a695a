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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A short quiz of a self-paced module: questions with single or multiple choice and a pass mark in
 * percent. It scores an attempt itself; the participant's browser only says which choices were picked.
 */
@Entity
@Table(name = "learning_quiz")
public non-sealed class Quiz implements ModuleItem {

    public static final int TITLE_MAXLENGTH = 200;
    public static final int MAX_QUESTIONS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private LearningModule module;

    @Column(name = "item_position", nullable = false)
    private int position;

    @Column(name = "title_en", length = TITLE_MAXLENGTH, nullable = false)
    private String titleEn;

    @Column(name = "title_sq", length = TITLE_MAXLENGTH)
    private String titleSq;

    @Column(name = "title_cnr", length = TITLE_MAXLENGTH)
    private String titleCnr;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<Question> questions = new ArrayList<>();

    protected Quiz() {
        // for JPA
    }

    Quiz(LearningModule module, int position, LocalizedText title, int passMark, List<QuestionPlan> plans) {
        this.module = module;
        this.position = position;
        write(title, passMark, plans);
    }

    /** Replaces title, pass mark and questions, each checked. */
    final void write(LocalizedText title, int newPassMark, List<QuestionPlan> plans) {
        if (title == null || title.lacksEnglish()) {
            throw new ModuleRuleException(Rule.TITLE_MISSING);
        }
        if (title.longerThan(TITLE_MAXLENGTH)) {
            throw new ModuleRuleException(Rule.TEXT_TOO_LONG, TITLE_MAXLENGTH);
        }
        if (newPassMark < 1 || newPassMark > 100) {
            throw new ModuleRuleException(Rule.PASS_MARK_OUT_OF_RANGE);
        }
        if (plans == null || plans.isEmpty() || plans.size() > MAX_QUESTIONS) {
            throw new ModuleRuleException(Rule.NO_QUESTIONS, MAX_QUESTIONS);
        }
        List<Question> checked = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            checked.add(new Question(this, i + 1, plans.get(i)));
        }
        this.titleEn = title.en();
        this.titleSq = title.sq();
        this.titleCnr = title.cnr();
        this.passMark = newPassMark;
        questions.clear();
        questions.addAll(checked);
    }

    /**
     * The choices picked, by question id and choice id, as this quiz's own questions and choices. A
     * question or a choice that is not of this quiz, or several choices for a single-choice question,
     * are refused; a question left out has no choice picked.
     */
    public Map<Question, Set<Choice>> answers(Map<Long, ? extends Set<Long>> picked) {
        Map<Question, Set<Choice>> answers = new HashMap<>();
        questions.forEach(question -> answers.put(question, new HashSet<>()));
        picked.forEach((questionId, choiceIds) -> {
            Question question = questions.stream().filter(q -> q.getId() != null && q.getId().equals(questionId))
                    .findFirst().orElseThrow(() -> new ModuleRuleException(Rule.UNKNOWN_ANSWER));
            for (Long choiceId : choiceIds == null ? Set.<Long>of() : choiceIds) {
                answers.get(question).add(question.getChoices().stream()
                        .filter(c -> c.getId() != null && c.getId().equals(choiceId))
                        .findFirst().orElseThrow(() -> new ModuleRuleException(Rule.UNKNOWN_ANSWER)));
            }
        });
        return answers;
    }

    /**
     * Scores the picked choices: a question counts when exactly its right choices are picked. Several
     * choices for a single-choice question are refused rather than scored.
     */
    public QuizScore score(Map<Question, Set<Choice>> answers) {
        int correct = 0;
        for (Question question : questions) {
            Set<Choice> picked = answers.getOrDefault(question, Set.of());
            if (!picked.stream().allMatch(choice -> question.getChoices().contains(choice))) {
                throw new ModuleRuleException(Rule.UNKNOWN_ANSWER);
            }
            if (!question.isMultiple() && picked.size() > 1) {
                throw new ModuleRuleException(Rule.SEVERAL_ANSWERS_TO_SINGLE_CHOICE, question.getPosition());
            }
            if (question.isAnsweredBy(picked)) {
                correct++;
            }
        }
        if (!questions.containsAll(answers.keySet())) {
            throw new ModuleRuleException(Rule.UNKNOWN_ANSWER);
        }
        return QuizScore.of(correct, questions.size(), passMark);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    @Override
    public Long getId() {
        return id;
    }

    public LearningModule getModule() {
        return module;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public LocalizedText getTitle() {
        return new LocalizedText(titleEn, titleSq, titleCnr);
    }

    public int getPassMark() {
        return passMark;
    }

    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
    }
}
