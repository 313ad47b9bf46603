package dev.crmkit.core.analytics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How often and how far expected close dates moved, from consecutive dated values in the stage history
 * (entries without an expected close date are skipped, so a date that disappears and comes back compares
 * with the last one seen).
 *
 * @param dealsWithDates deals whose history has at least one expected close date
 * @param dealsPushed    deals whose close date was pushed later at least once
 * @param pushRate       dealsPushed / dealsWithDates
 * @param pushes         all pushes
 * @param pulls          all pulls (moved earlier)
 * @param meanPushDays   mean days per push
 * @param maxPushDays    the largest single push
 * @param deals          per-deal detail for deals with at least one move
 */
public record CloseDateSlippage(long dealsWithDates, long dealsPushed, OptionalDouble pushRate, long pushes, long pulls,
                                OptionalDouble meanPushDays, long maxPushDays, List<DealSlippage> deals) {
    public CloseDateSlippage {
        deals = List.copyOf(deals);
    }
}
