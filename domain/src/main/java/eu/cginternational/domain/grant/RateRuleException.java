package eu.cginternational.domain.grant;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when the amounts of a rate table would break one of its rules: a negative amount, no travel
 * band at all, a band whose end lies before its start, bands out of order or overlapping, two daily rates for the same
 * participants and country group, an impossible number of travel days. The rule is also the
 * message key; the arguments fill its placeholders.
 */
public class RateRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** The rules a rate table enforces on itself. */
    public enum Rule {
        YEAR_OUT_OF_RANGE, SOURCE_REQUIRED, SOURCE_TOO_LONG, NEGATIVE_AMOUNT, BAND_END_BEFORE_START,
        NO_TRAVEL_BANDS, BANDS_NOT_ASCENDING, OPEN_BAND_NOT_LAST, DUPLICATE_DAILY_RATE, TRAVEL_DAYS_OUT_OF_RANGE
    }

    private final Rule rule;

    public RateRuleException(Rule rule, Object... arguments) {
        super(rule, arguments);
        this.rule = rule;
    }

    @Override
    public Rule getRule() {
        return rule;
    }
}
