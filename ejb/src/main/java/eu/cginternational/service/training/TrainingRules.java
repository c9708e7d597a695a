package eu.cginternational.service.training;

import eu.cginternational.service.error.RejectedException;
import java.util.function.Supplier;

/** Turns a broken rule of a training into a refusal with its message key ({@code training.rule.NAME}). */
final class TrainingRules {

    private TrainingRules() {
    }

    static <T> T ruled(Supplier<T> change) {
        return RejectedException.unlessRuleBroken("training.rule.", change);
    }
}
