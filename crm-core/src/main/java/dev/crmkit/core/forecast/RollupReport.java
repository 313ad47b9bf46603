package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.UserId;
import java.util.Map;
import java.util.Optional;

/**
 * Forecast-category totals of one period, overall and per owner and team.
 *
 * @param period  the period
 * @param total   all deals
 * @param byOwner per owner (empty key: deals without an owner)
 * @param byTeam  per team (empty key: owners without a team, and unowned deals)
 */
public record RollupReport(Period period, CategoryTotals total, Map<Optional<UserId>, CategoryTotals> byOwner,
                           Map<Optional<String>, CategoryTotals> byTeam) {
    public RollupReport {
        byOwner = Map.copyOf(byOwner);
        byTeam = Map.copyOf(byTeam);
    }

    /** The totals of one owner (all zero when the owner has no deals in the period). */
    public CategoryTotals owner(UserId owner) {
        return byOwner.getOrDefault(Optional.of(owner), CategoryTotals.zero(total.closed().currency()));
    }

    /** The totals of one team (all zero when the team has no deals in the period). */
    public CategoryTotals team(String team) {
        return byTeam.getOrDefault(Optional.of(team), CategoryTotals.zero(total.closed().currency()));
    }
}
