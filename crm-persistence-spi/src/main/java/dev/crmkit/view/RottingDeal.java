package dev.crmkit.view;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Stage;
import java.util.Objects;

/**
 * An open deal nobody has touched for at least its stage's rotting threshold.
 *
 * @param deal     the deal
 * @param stage    its stage
 * @param idleDays whole days since its last stage change or activity
 */
public record RottingDeal(Deal deal, Stage stage, long idleDays) {
    /** Requires deal and stage. */
    public RottingDeal {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(stage, "stage");
    }
}
