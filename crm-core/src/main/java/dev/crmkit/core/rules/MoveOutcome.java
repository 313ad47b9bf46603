package dev.crmkit.core.rules;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;

/**
 * The result of a legal move: the deal after it and the history entry that records it.
 *
 * @param deal   the moved deal (same version; the repository increments it on update)
 * @param change the stage-history entry to append
 */
public record MoveOutcome(Deal deal, StageChange change) {
}
