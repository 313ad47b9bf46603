package dev.crmkit.core.forecast;

import dev.crmkit.core.model.shared.UserId;
import java.util.Map;
import java.util.Optional;

/**
 * The host's mapping from deal owners to teams, used to group forecasts and quotas by team. CRMKit does not
 * manage users or teams; the host supplies this mapping.
 */
@FunctionalInterface
public interface TeamDirectory {

    /** The team of the owner, or empty when the owner belongs to no team. */
    Optional<String> teamOf(UserId owner);

    /** No teams: every owner is outside any team. */
    static TeamDirectory none() {
        return owner -> Optional.empty();
    }

    /** Teams from a fixed map (copied). */
    static TeamDirectory of(Map<UserId, String> teams) {
        Map<UserId, String> copy = Map.copyOf(teams);
        return owner -> Optional.ofNullable(copy.get(owner));
    }
}
