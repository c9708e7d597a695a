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
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One scored attempt of a participant at a quiz, kept whether passed or failed: the choices picked
 * (as {@code questionId:choiceId,choiceId;...}) and the score the quiz gave them.
 */
@Entity
@Table(name = "learning_quiz_attempt")
public class QuizAttempt {

    public static final int ANSWERS_MAXLENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id", nullable = false, updatable = false)
    private Quiz quiz;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "correct_answers", nullable = false, updatable = false)
    private int correct;

    @Column(name = "question_count", nullable = false, updatable = false)
    private int questions;

    @Column(name = "score_percent", nullable = false, updatable = false)
    private int percent;

    @Column(name = "passed", nullable = false, updatable = false)
    private boolean passed;

    @Column(name = "answers", length = ANSWERS_MAXLENGTH, nullable = false, updatable = false)
    private String answers;

    protected QuizAttempt() {
        // for JPA
    }

    /** Scores the answers with the quiz and records the attempt. */
    public QuizAttempt(Registration registration, Quiz quiz, Map<Question, Set<Choice>> picked, Instant at) {
        QuizScore score = quiz.score(picked);
        this.registration = registration;
        this.quiz = quiz;
        this.attemptedAt = at;
        this.correct = score.correct();
        this.questions = score.questions();
        this.percent = score.percent();
        this.passed = score.passed();
        String written = picked.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().getPosition()))
                .map(e -> e.getKey().getId() + ":" + e.getValue().stream().map(Choice::getId).sorted(
                        Comparator.nullsFirst(Comparator.naturalOrder())).map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
        this.answers = written.length() > ANSWERS_MAXLENGTH ? written.substring(0, ANSWERS_MAXLENGTH) : written;
    }

    public Long getId() {
        return id;
    }

    public Registration getRegistration() {
        return registration;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public QuizScore getScore() {
        return new QuizScore(correct, questions, percent, passed);
    }

    /** The share of right answers in whole percent. */
    public int getPercent() {
        return percent;
    }

    public int getCorrect() {
        return correct;
    }

    public int getQuestionCount() {
        return questions;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getAnswers() {
        return answers;
    }
}
