package eu.cginternational.domain.guidance;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The result of the questionnaire: a raw score per RIASEC type, the same scores as percentages of
 * the scale, the three-letter code and the fit of an occupation.
 *
 * <p><b>Percentages.</b> With n items per type a raw score runs from n (all "1") to 5n (all "5");
 * the percentage is {@code (raw − n) / 4n × 100}, rounded.
 *
 * <p><b>Code.</b> The three types with the highest scores, strongest first; equal scores keep the
 * RIASEC order (R before I before A …), so the same answers always give the same code.
 *
 * <p><b>Fit of an occupation</b> (0–100). An occupation's code has one to three letters, the
 * first the most important. The fit is the weighted mean of the person's percentages of those
 * types, with weights 3, 2 and 1 by position: {@code fit = Σ wᵢ·pct(Tᵢ) / Σ wᵢ}. An occupation
 * coded "R" fits by the R score alone; one coded "RIC" by (3·R + 2·I + 1·C) / 6. Unlike a pure
 * letter-match index (such as Iachan's), it uses the strength of every interest, so a person with
 * a strong second interest still sees its occupations, and ties are rare.
 */
public final class InterestProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int[] POSITION_WEIGHTS = {3, 2, 1};

    private final Map<RiasecType, Integer> raw;
    private final int itemsPerType;

    public InterestProfile(Map<RiasecType, Integer> raw, int itemsPerType) {
        if (itemsPerType < 1) {
            throw new IllegalArgumentException("At least one item per type");
        }
        EnumMap<RiasecType, Integer> copy = new EnumMap<>(RiasecType.class);
        for (RiasecType type : RiasecType.values()) {
            Integer score = Objects.requireNonNull(raw.get(type), () -> "No score for " + type);
            if (score < itemsPerType * Questionnaire.LOWEST || score > itemsPerType * Questionnaire.HIGHEST) {
                throw new IllegalArgumentException("Score of " + type + " outside the scale: " + score);
            }
            copy.put(type, score);
        }
        this.raw = copy;
        this.itemsPerType = itemsPerType;
    }

    public int raw(RiasecType type) {
        return raw.get(type);
    }

    public int itemsPerType() {
        return itemsPerType;
    }

    /** The raw scores by the types' letters, in RIASEC order: as people read and export them. */
    public Map<String, Integer> scoresByLetter() {
        return byLetter(this::raw);
    }

    /** The percentages by the types' letters, in RIASEC order. */
    public Map<String, Integer> percentagesByLetter() {
        return byLetter(this::percent);
    }

    private static Map<String, Integer> byLetter(ToIntFunction<RiasecType> value) {
        Map<String, Integer> byLetter = new LinkedHashMap<>();
        for (RiasecType type : RiasecType.values()) {
            byLetter.put(type.name(), value.applyAsInt(type));
        }
        return byLetter;
    }

    /** The score of the type as a percentage of the scale, 0 to 100. */
    public int percent(RiasecType type) {
        return (int) Math.round(exactPercent(type));
    }

    private double exactPercent(RiasecType type) {
        int span = itemsPerType * (Questionnaire.HIGHEST - Questionnaire.LOWEST);
        return (raw.get(type) - itemsPerType * Questionnaire.LOWEST) * 100.0 / span;
    }

    /** The three strongest types, strongest first; equal scores in RIASEC order. */
    public RiasecCode code() {
        List<RiasecType> ranked = Arrays.stream(RiasecType.values())
                .sorted(Comparator.comparingInt((RiasecType type) -> raw.get(type)).reversed()
                        .thenComparingInt(RiasecType::ordinal))
                .limit(3)
                .toList();
        return RiasecCode.of(ranked);
    }

    /** How well an occupation with this code fits the profile, 0 to 100 (see the class comment). */
    public int fit(RiasecCode occupationCode) {
        List<RiasecType> types = occupationCode.types();
        double weighted = 0;
        int weights = 0;
        for (int i = 0; i < types.size(); i++) {
            weighted += POSITION_WEIGHTS[i] * exactPercent(types.get(i));
            weights += POSITION_WEIGHTS[i];
        }
        return (int) Math.round(weighted / weights);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InterestProfile that && raw.equals(that.raw) && itemsPerType == that.itemsPerType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(raw, itemsPerType);
    }
}
