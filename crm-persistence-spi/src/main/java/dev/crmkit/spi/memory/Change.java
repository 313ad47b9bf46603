package dev.crmkit.spi.memory;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.spi.VersionConflictException;
import java.util.List;
import java.util.Map;

/**
 * One write of a unit of work, kept so it can be applied twice: first to the unit of work's private state
 * when it is made, then, at commit, to the latest committed state if another unit of work committed in
 * between. Applying re-checks versions and unique keys, so the second application is the commit-time
 * validation.
 */
sealed interface Change {

    /**
     * The state with this change applied; {@code state} itself is not changed.
     *
     * @param state    the state to change
     * @param atCommit whether this is the re-application at commit (only changes the error of a vanished deal)
     */
    TenantState applyTo(TenantState state, boolean atCommit);

    /** Stores a new record with version 1. */
    record Insert<I, T>(TableRef<I, T> table, T entity) implements Change {
        @Override
        public TenantState applyTo(TenantState state, boolean atCommit) {
            return table.change(state, t -> t.insert(entity));
        }
    }

    /** Replaces a record of the version the entity carries with version + 1. */
    record Update<I, T>(TableRef<I, T> table, T entity) implements Change {
        @Override
        public TenantState applyTo(TenantState state, boolean atCommit) {
            return table.change(state, t -> t.update(entity));
        }
    }

    /** Deletes a record of the expected version, and what cascades with it. */
    record Delete<I, T>(TableRef<I, T> table, I id, long expectedVersion) implements Change {
        @Override
        public TenantState applyTo(TenantState state, boolean atCommit) {
            TenantState deleted = table.change(state, t -> t.delete(id, expectedVersion));
            return table.onDelete().apply(deleted, id);
        }
    }

    /**
     * Appends stage history entries. Each entry's deal must exist; when it existed as the unit of work saw it
     * but another unit of work deleted it before the commit, that is a conflict, not a caller error.
     *
     * @param changes      the entries
     * @param dealVersions the version of each entry's deal when the unit of work appended (for conflict messages)
     */
    record Append(List<StageChange> changes, Map<DealId, Long> dealVersions) implements Change {
        @Override
        public TenantState applyTo(TenantState state, boolean atCommit) {
            HistoryTable history = state.history();
            for (StageChange change : changes) {
                if (state.deals().find(change.deal()).isEmpty()) {
                    if (atCommit) {
                        throw new VersionConflictException(TenantState.DEAL.kind(), change.deal(),
                                dealVersions.getOrDefault(change.deal(), 0L));
                    }
                    throw new NotFoundException(TenantState.DEAL.kind(), change.deal());
                }
                history = history.append(change);
            }
            return state.withHistory(history);
        }
    }
}
