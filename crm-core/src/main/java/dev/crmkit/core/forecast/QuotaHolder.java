package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.UserId;

/** Who carries a quota: an owner (a user of the host) or a team (from the host's {@link TeamDirectory}). */
public sealed interface QuotaHolder {

    /** An owner's quota holder. */
    static QuotaHolder owner(UserId owner) {
        return new Owner(owner);
    }

    /** A team's quota holder. */
    static QuotaHolder team(String team) {
        return new Team(team);
    }

    /**
     * An owner.
     *
     * @param owner the user
     */
    record Owner(UserId owner) implements QuotaHolder {
        public Owner {
            ValidationException.check(owner != null, "quota.owner", null, "is required");
        }
    }

    /**
     * A team.
     *
     * @param team the team name, as the team directory returns it
     */
    record Team(String team) implements QuotaHolder {
        public Team {
            team = ValidationException.requireText("quota.team", team, 255);
        }
    }
}
