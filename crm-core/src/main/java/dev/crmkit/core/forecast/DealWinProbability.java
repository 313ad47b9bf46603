package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.DealId;

/**
 * The estimated probability that an open deal is won inside a forecast window, with the reason.
 *
 * @param deal        the deal
 * @param probability 0..1
 * @param basis       how it was estimated, in words (e.g. the rate cell and its counts)
 */
public record DealWinProbability(DealId deal, double probability, String basis) {
    public DealWinProbability {
        ValidationException.check(deal != null, "deal", null, "is required");
        ValidationException.check(probability >= 0 && probability <= 1, "probability", probability,
                "must be between 0 and 1 (deal " + deal + ")");
        ValidationException.check(basis != null, "basis", null, "is required");
    }
}
