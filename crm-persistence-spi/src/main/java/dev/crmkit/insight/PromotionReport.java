package dev.crmkit.insight;

import java.util.List;

/**
 * What {@link dev.crmkit.Scoring#applyThresholds} did.
 *
 * @param scored     contacts scored
 * @param promotions contacts promoted, in the order they were scored
 */
public record PromotionReport(long scored, List<LeadPromotion> promotions) {
    /** Copies the list. */
    public PromotionReport {
        promotions = List.copyOf(promotions);
    }
}
