package eu.cginternational.domain.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Amounts in euro with cent precision, as the Programme Guide and the grant agreements state them. */
final class Money {

    static final int SCALE = 2;

    private Money() {
    }

    /** The amount with cent precision; null stays null (no rate). */
    static BigDecimal euro(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The amount with cent precision, refused when negative; {@code what} names it in the refusal. */
    static BigDecimal nonNegative(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.signum() < 0) {
            throw new RateRuleException(RateRuleException.Rule.NEGATIVE_AMOUNT, what);
        }
        return euro(amount);
    }
}
