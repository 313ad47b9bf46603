package dev.crmkit.merge;

import dev.crmkit.core.model.shared.EntityId;
import java.util.Objects;

/**
 * A record's id with the version that was read: what a merge plan expects to find when it is applied.
 *
 * @param id      the id
 * @param version the version read when the plan was made
 * @param <I>     the id type
 */
public record VersionedId<I extends EntityId>(I id, long version) {
    /** Requires the id. */
    public VersionedId {
        Objects.requireNonNull(id, "id");
    }
}
