package dev.crmkit.jdbc.internal;

import java.util.List;
import java.util.UUID;

/**
 * One child table of an aggregate (emails of contacts, contacts of deals, external ids, ...): read for a whole
 * page of owners with one statement, written for a whole batch of owners with one batched statement.
 *
 * @param <T> the aggregate
 * @param <B> the aggregate's builder, which loaded rows are applied to
 */
interface ChildTable<T, B> {

    /** Reads the rows of these owners (one statement per thousand owners). */
    Loaded<B> load(Session session, List<UUID> owners);

    /** Writes the rows of these aggregates in batches. */
    void insert(Session session, List<T> owners);

    /** Deletes the rows of these owners (before rewriting them on update). */
    void delete(Session session, List<UUID> owners);

    /** Whether the database deletes the rows with their owner (a foreign key with {@code ON DELETE CASCADE}). */
    boolean cascadesOnDelete();

    /** Rows read for a page of owners. */
    @FunctionalInterface
    interface Loaded<B> {
        /** Puts the owner's rows into its builder. */
        void applyTo(UUID owner, B builder);
    }
}
