package eu.cginternational.domain.training;

import java.util.List;

/**
 * What an author writes for a question of a quiz: its text, whether several answers are right
 * ({@code multiple}) or exactly one, and the choices in the order shown.
 */
public record QuestionPlan(LocalizedText text, boolean multiple, List<ChoicePlan> choices) {

    public QuestionPlan {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** One choice of a question and whether it is right. */
    public record ChoicePlan(LocalizedText text, boolean correct) {
    }
}
