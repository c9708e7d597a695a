package eu.cginternational.domain.guidance;

import java.io.Serializable;
import java.util.Objects;

/** One statement of the interest questionnaire, the type it measures and its text in the three languages. */
public record InterestItem(int number, RiasecType type, LocalizedText statement) implements Serializable {

    public InterestItem {
        if (number < 1) {
            throw new IllegalArgumentException("Items are numbered from 1: " + number);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(statement, "statement");
    }
}
