package eu.cginternational.domain.training;

/**
 * The result of one attempt at a quiz: how many questions were answered right out of how many, the
 * share in whole percent (rounded down, so that a pass is never given by rounding), and whether it
 * reaches the pass mark.
 */
public record QuizScore(int correct, int questions, int percent, boolean passed) {

    static QuizScore of(int correct, int questions, int passMark) {
        int percent = questions == 0 ? 0 : correct * 100 / questions;
        return new QuizScore(correct, questions, percent, percent >= passMark);
    }
}
