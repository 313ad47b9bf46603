package dev.crmkit.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.spi.AggregateRepository;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.VersionConflictException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The create, read, update and delete contract every repository fulfils: version 1 on insert, version + 1
 * on update, version checks on update and delete, duplicate ids, and reads that see the unit of work's own
 * writes.
 *
 * @param <T> the aggregate
 * @param <I> its id
 */
public abstract class AggregateRepositoryContract<T, I extends EntityId> extends StoreContract {

    /** The repository under test in the unit of work. */
    protected abstract AggregateRepository<T, I> repository(UnitOfWork uow);

    /** A new, valid record (version 0) that can be inserted next to any other made by this method. */
    protected abstract T newRecord();

    /** The record with at least one field changed, keeping id and version. */
    protected abstract T changed(T record);

    /** The record's id. */
    protected abstract I idOf(T record);

    /** The record's version. */
    protected abstract long versionOf(T record);

    /** The record with another version. */
    protected abstract T withVersion(T record, long version);

    /** The kind the repository reports, e.g. {@code Deal}. */
    protected abstract String expectedKind();

    /** Inserts records in one transaction and returns them as stored. */
    protected List<T> insert(List<T> records) {
        return tx(uow -> records.stream().map(r -> repository(uow).insert(r)).toList());
    }

    /** Inserts one record in its own transaction and returns it as stored. */
    protected T insert(T record) {
        return tx(uow -> repository(uow).insert(record));
    }

    /** The record as stored now, read in a new transaction. */
    protected Optional<T> reread(I id) {
        return tx(uow -> repository(uow).find(id));
    }

    @Test
    void insertStoresVersionOneAndReturnsTheStoredRecord() {
        T record = newRecord();
        assertThat(versionOf(record)).isZero();

        T stored = insert(record);

        assertThat(stored).isEqualTo(withVersion(record, 1));
        assertThat(reread(idOf(record))).contains(withVersion(record, 1));
        assertThat(tx((UnitOfWork uow) -> repository(uow).get(idOf(record)))).isEqualTo(stored);
    }

    @Test
    void insertRejectsAVersionOtherThanZero() {
        T record = withVersion(newRecord(), 3);

        assertThatThrownBy(() -> insert(record)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reread(idOf(record))).isEmpty();
    }

    @Test
    void insertRejectsAnIdThatExists() {
        T stored = insert(newRecord());
        T sameId = changed(withVersion(stored, 0));

        assertThatThrownBy(() -> insert(sameId)).isInstanceOf(DuplicateKeyException.class);
        assertThat(reread(idOf(stored))).contains(stored);
    }

    @Test
    void findOfAnUnknownIdIsEmptyAndGetThrowsNotFound() {
        T never = newRecord();

        assertThat(reread(idOf(never))).isEmpty();
        assertThatThrownBy(() -> tx(uow -> repository(uow).get(idOf(never))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.kind()).isEqualTo(expectedKind());
                    assertThat(e.id()).isEqualTo(idOf(never).toString());
                });
        assertThat(tx((UnitOfWork uow) -> repository(uow).kind())).isEqualTo(expectedKind());
    }

    @Test
    void findAllReturnsTheRecordsThatExist() {
        List<T> stored = insert(List.of(newRecord(), newRecord(), newRecord()));
        T never = newRecord();

        List<T> found = tx(uow -> repository(uow).findAll(List.of(idOf(stored.get(2)), idOf(never), idOf(stored.get(0)))));

        assertThat(found).containsExactlyInAnyOrder(stored.get(2), stored.get(0));
        assertThat(tx((UnitOfWork uow) -> repository(uow).findAll(List.of()))).isEmpty();
    }

    @Test
    void updateStoresTheNextVersion() {
        T stored = insert(newRecord());
        T change = changed(stored);

        T updated = tx(uow -> repository(uow).update(change));

        assertThat(updated).isEqualTo(withVersion(change, 2));
        assertThat(reread(idOf(stored))).contains(updated);
        T again = tx(uow -> repository(uow).update(changed(updated)));
        assertThat(versionOf(again)).isEqualTo(3);
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        T stored = insert(newRecord());
        T current = tx(uow -> repository(uow).update(changed(stored)));

        assertThatThrownBy(() -> tx(uow -> repository(uow).update(changed(stored))))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> tx(uow -> repository(uow).update(withVersion(changed(stored), 7))))
                .isInstanceOf(VersionConflictException.class);
        assertThat(reread(idOf(stored))).contains(current);
    }

    @Test
    void updateOfARecordThatWasNeverStoredIsAConflict() {
        T never = withVersion(newRecord(), 1);

        assertThatThrownBy(() -> tx(uow -> repository(uow).update(never))).isInstanceOf(VersionConflictException.class);
        assertThat(reread(idOf(never))).isEmpty();
    }

    @Test
    void deleteRemovesTheRecord() {
        T stored = insert(newRecord());
        T other = insert(newRecord());

        run(uow -> repository(uow).delete(idOf(stored), 1));

        assertThat(reread(idOf(stored))).isEmpty();
        assertThat(reread(idOf(other))).contains(other);
    }

    @Test
    void deleteWithAStaleVersionIsAConflictAndKeepsTheRecord() {
        T stored = insert(newRecord());
        T current = tx(uow -> repository(uow).update(changed(stored)));

        assertThatThrownBy(() -> run(uow -> repository(uow).delete(idOf(stored), 1)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(reread(idOf(stored))).contains(current);
    }

    @Test
    void updateOrDeleteAfterDeleteIsAConflict() {
        T stored = insert(newRecord());
        run(uow -> repository(uow).delete(idOf(stored), 1));

        assertThatThrownBy(() -> tx(uow -> repository(uow).update(changed(stored))))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> run(uow -> repository(uow).delete(idOf(stored), 1)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(reread(idOf(stored))).isEmpty();
    }

    @Test
    void aDeletedIdCanBeInsertedAgain() {
        T stored = insert(newRecord());
        run(uow -> repository(uow).delete(idOf(stored), 1));

        T again = insert(changed(withVersion(stored, 0)));

        assertThat(versionOf(again)).isEqualTo(1);
        assertThat(reread(idOf(stored))).contains(again);
    }

    @Test
    void readsInAUnitOfWorkSeeItsOwnWrites() {
        T kept = insert(newRecord());
        T removed = insert(newRecord());
        T added = newRecord();

        tx(uow -> {
            AggregateRepository<T, I> repository = repository(uow);
            T inserted = repository.insert(added);
            assertThat(repository.find(idOf(added))).contains(inserted);
            T updated = repository.update(changed(kept));
            assertThat(repository.find(idOf(kept))).contains(updated);
            assertThat(repository.update(changed(updated))).extracting(this::versionOf).isEqualTo(3L);
            repository.delete(idOf(removed), 1);
            assertThat(repository.find(idOf(removed))).isEmpty();
            assertThat(repository.findAll(List.of(idOf(added), idOf(kept), idOf(removed)))).hasSize(2);
            return null;
        });

        assertThat(reread(idOf(added))).map(this::versionOf).contains(1L);
        assertThat(reread(idOf(kept))).map(this::versionOf).contains(3L);
        assertThat(reread(idOf(removed))).isEmpty();
    }
}
