package dev.crmkit.core.analytics;

import dev.crmkit.core.model.shared.DealId;

/**
 * How one deal's expected close date moved over its history.
 *
 * @param deal       the deal
 * @param pushes     moves to a later date
 * @param pulls      moves to an earlier date
 * @param pushedDays days added by all pushes
 * @param pulledDays days removed by all pulls
 * @param netDays    last dated value minus first dated value
 */
public record DealSlippage(DealId deal, int pushes, int pulls, long pushedDays, long pulledDays, long netDays) {
}
