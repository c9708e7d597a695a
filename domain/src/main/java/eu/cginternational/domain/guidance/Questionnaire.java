package eu.cginternational.domain.guidance;

import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The project's interest questionnaire: the same number of items for each RIASEC type, numbered
 * 1 to n, each answered on a scale of {@value #LOWEST} (not at all like me) to {@value #HIGHEST}
 * (very much like me). Scoring needs an answer to every item.
 */
public final class Questionnaire implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** The fewest items per type a questionnaire may have. */
    public static final int MIN_ITEMS_PER_TYPE = 6;

    private final String version;
    private final List<InterestItem> items;
    private final int itemsPerType;

    public Questionnaire(String version, List<InterestItem> items) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("A questionnaire has a version");
        }
        this.version = version;
        this.items = items.stream().sorted(Comparator.comparingInt(InterestItem::number)).toList();
        for (int i = 0; i < this.items.size(); i++) {
            if (this.items.get(i).number() != i + 1) {
                throw new IllegalArgumentException("Items must be numbered 1 to " + this.items.size() + " without gaps");
            }
        }
        Map<RiasecType, Integer> perType = new EnumMap<>(RiasecType.class);
        this.items.forEach(item -> perType.merge(item.type(), 1, Integer::sum));
        int count = perType.getOrDefault(RiasecType.R, 0);
        for (RiasecType type : RiasecType.values()) {
            if (perType.getOrDefault(type, 0) != count) {
                throw new IllegalArgumentException("Every type needs the same number of items: " + perType);
            }
        }
        if (count < MIN_ITEMS_PER_TYPE) {
            throw new IllegalArgumentException("At least " + MIN_ITEMS_PER_TYPE + " items per type: " + perType);
        }
        this.itemsPerType = count;
    }

    public String version() {
        return version;
    }

    public List<InterestItem> items() {
        return items;
    }

    public int itemsPerType() {
        return itemsPerType;
    }

    /**
     * Adds the answers of each type into its raw score ({@code itemsPerType} to
     * {@code 5 × itemsPerType}).
     *
     * @param answers the answer (1–5) per item number; every item must be answered
     * @throws AssessmentRuleException if an answer is missing, out of the scale or for an unknown item
     */
    public InterestProfile score(Map<Integer, Integer> answers) {
        Objects.requireNonNull(answers, "answers");
        for (Map.Entry<Integer, Integer> answer : answers.entrySet()) {
            Integer number = answer.getKey();
            if (number == null || number < 1 || number > items.size()) {
                throw new AssessmentRuleException(AssessmentRuleException.Rule.UNKNOWN_ITEM, String.valueOf(number));
            }
            Integer value = answer.getValue();
            if (value != null && (value < LOWEST || value > HIGHEST)) {
                throw new AssessmentRuleException(AssessmentRuleException.Rule.ANSWER_OUT_OF_SCALE, number, LOWEST, HIGHEST);
            }
        }
        long missing = items.stream().filter(item -> answers.get(item.number()) == null).count();
        if (missing > 0) {
            throw new AssessmentRuleException(AssessmentRuleException.Rule.ANSWERS_MISSING, missing);
        }
        Map<RiasecType, Integer> raw = new EnumMap<>(RiasecType.class);
        items.forEach(item -> raw.merge(item.type(), answers.get(item.number()), Integer::sum));
        return new InterestProfile(raw, itemsPerType);
    }
}
