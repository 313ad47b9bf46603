package dev.crmkit.insight;

import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.ContactId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One contact moved down the funnel because its score reached a threshold.
 *
 * @param contact the contact
 * @param from    its lifecycle stage before
 * @param to      its lifecycle stage after
 * @param score   the score that reached the threshold
 */
public record LeadPromotion(ContactId contact, LifecycleStage from, LifecycleStage to, BigDecimal score) {
    /** Requires every component. */
    public LeadPromotion {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(score, "score");
    }
}
