package dev.crmkit.core.analytics;

import dev.crmkit.core.model.shared.Money;
import java.util.OptionalDouble;

/**
 * Win rate of a cohort's closed deals (open deals are not counted).
 *
 * @param won       won deals
 * @param lost      lost deals
 * @param wonValue  their won amounts in the reporting currency
 * @param lostValue the lost deals' amounts when they were lost
 */
public record WinRate(long won, long lost, Money wonValue, Money lostValue) {

    /** won / (won + lost); empty when nothing closed. */
    public OptionalDouble byCount() {
        return Stats.ratio(won, won + lost);
    }

    /** won value / (won value + lost value); empty when the closed value is zero. */
    public OptionalDouble byValue() {
        double w = wonValue.amount().doubleValue();
        return Stats.ratio(w, w + lostValue.amount().doubleValue());
    }
}
