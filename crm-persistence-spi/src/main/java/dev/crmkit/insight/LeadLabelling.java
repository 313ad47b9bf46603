package dev.crmkit.insight;

import dev.crmkit.core.error.ValidationException;

/**
 * Which contacts a trained lead model learns from, and with which outcome:
 * <ul>
 *   <li><b>converted</b> ({@code converted=true}): the contact's lifecycle stage is {@code CUSTOMER} or
 *   {@code EVANGELIST}, or it is on a won deal;</li>
 *   <li><b>not converted</b> ({@code converted=false}): not converted, and either in lifecycle stage
 *   {@code OTHER} (disqualified) or created at least {@code negativeAfterDays} days before the training
 *   moment, so it had that long to convert;</li>
 *   <li>every other contact is still open: its outcome is unknown, so it is left out of training (and is what
 *   {@link dev.crmkit.Scoring#predictLeads} ranks).</li>
 * </ul>
 *
 * @param negativeAfterDays days after creation after which a contact that has not converted counts as not
 *                          converted; at least 1
 */
public record LeadLabelling(int negativeAfterDays) {
    /** The default: 180 days. */
    public static final int DEFAULT_NEGATIVE_AFTER_DAYS = 180;

    /**
     * Checks the window.
     *
     * @throws ValidationException when {@code negativeAfterDays} is below 1
     */
    public LeadLabelling {
        ValidationException.check(negativeAfterDays >= 1, "negativeAfterDays", negativeAfterDays, "must be at least 1");
    }

    /** 180 days. */
    public static LeadLabelling defaults() {
        return new LeadLabelling(DEFAULT_NEGATIVE_AFTER_DAYS);
    }
}
