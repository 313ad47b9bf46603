package dev.crmkit.merge;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.EntityId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Records that are probably the same contact or account, oldest first. Matches are transitive: when A and B
 * share an email and B and C a phone, all three form one group.
 *
 * @param members the records, at least two, in creation order (id order)
 * @param reasons every reason that linked two members
 * @param <I>     the id type
 */
public record DuplicateGroup<I extends EntityId>(List<I> members, Set<MatchReason> reasons) {
    /** Copies the members and reasons; requires at least two members. */
    public DuplicateGroup {
        members = List.copyOf(members);
        reasons = Set.copyOf(reasons);
        ValidationException.check(members.size() >= 2, "members", members, "a duplicate group has at least two members");
        Objects.requireNonNull(reasons, "reasons");
    }

    /** The member to keep by default: the oldest. */
    public I suggestedSurvivor() {
        return members.get(0);
    }

    /** The members a merge into {@link #suggestedSurvivor()} would delete. */
    public List<I> others() {
        return members.subList(1, members.size());
    }
}
