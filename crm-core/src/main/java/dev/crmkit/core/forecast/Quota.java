package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.Money;

/**
 * A sales target of an owner or team for one period.
 *
 * @param holder the owner or team
 * @param period the period
 * @param amount the target, not negative
 */
public record Quota(QuotaHolder holder, Period period, Money amount) {
    public Quota {
        ValidationException.check(holder != null, "quota.holder", null, "is required");
        ValidationException.check(period != null, "quota.period", null, "is required");
        ValidationException.check(amount != null, "quota.amount", null, "is required");
        ValidationException.check(!amount.isNegative(), "quota.amount", amount, "must not be negative");
    }
}
