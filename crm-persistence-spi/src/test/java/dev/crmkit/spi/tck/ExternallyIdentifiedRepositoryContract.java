package dev.crmkit.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.ExternallyIdentifiedRepository;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.UpsertResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * External ids (unique per tenant, object type and source), bulk inserts and upserts by external id.
 *
 * @param <T> the aggregate
 * @param <I> its id
 */
public abstract class ExternallyIdentifiedRepositoryContract<T, I extends EntityId> extends AggregateRepositoryContract<T, I> {

    @Override
    protected abstract ExternallyIdentifiedRepository<T, I> repository(UnitOfWork uow);

    /** The record with these external ids. */
    protected abstract T withExternalIds(T record, Set<ExternalId> externalIds);

    /** The record's external ids. */
    protected abstract Set<ExternalId> externalIdsOf(T record);

    /**
     * What an upsert stores when {@code incoming} matches {@code stored}: the incoming fields with the stored
     * id and creation moment, the given external ids and the given version.
     */
    protected abstract T asUpserted(T incoming, T stored, Set<ExternalId> externalIds, long version);

    private static ExternalId ext(String source, String id) {
        return ExternalId.of(source, id);
    }

    @Test
    void findsARecordByItsExternalId() {
        T stored = insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "101"), ext("erp", "A-7"))));
        insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "102"))));

        assertThat(tx((UnitOfWork uow) -> repository(uow).findByExternalId(ext("hubspot", "101")))).contains(stored);
        assertThat(tx((UnitOfWork uow) -> repository(uow).findByExternalId(ext("erp", "A-7")))).contains(stored);
        assertThat(tx((UnitOfWork uow) -> repository(uow).findByExternalId(ext("erp", "101")))).isEmpty();
        assertThat(tx((UnitOfWork uow) -> repository(uow).findByExternalId(ext("hubspot", "10")))).isEmpty();
        assertThat(tx((UnitOfWork uow) -> repository(uow).findByExternalId(ext("HubSpot", "101")))).isEmpty();
    }

    @Test
    void findsTheRecordsOfManyExternalIdsAtOnce() {
        T first = insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "101"), ext("erp", "A-7"))));
        T second = insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "102"))));
        insert(withExternalIds(newRecord(), Set.of(ext("salesforce", "103"))));
        List<String> ids = new ArrayList<>(List.of("102", "101", "103", "missing", "101", "10"));
        for (int i = 0; i < 1200; i++) {
            ids.add("absent-" + i); // more than one key list of a SQL store
        }

        assertThat(tx((UnitOfWork uow) -> repository(uow).findAllByExternalIds("hubspot", ids)))
                .containsOnly(Map.entry("101", first), Map.entry("102", second));
        assertThat(tx((UnitOfWork uow) -> repository(uow).findAllByExternalIds("erp", List.of("A-7", "a-7"))))
                .containsOnly(Map.entry("A-7", first));
        assertThat(tx((UnitOfWork uow) -> repository(uow).findAllByExternalIds("HubSpot", List.of("101")))).isEmpty();
        assertThat(tx((UnitOfWork uow) -> repository(uow).findAllByExternalIds("hubspot", List.of()))).isEmpty();
    }

    @Test
    void anExternalIdIsUniquePerSource() {
        T first = insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "101"))));

        assertThatThrownBy(() -> insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "101")))))
                .isInstanceOf(DuplicateKeyException.class);
        T otherSource = insert(withExternalIds(newRecord(), Set.of(ext("salesforce", "101"))));
        T otherId = insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "1010"))));

        assertThatThrownBy(() -> tx(uow -> repository(uow).update(withExternalIds(otherId, Set.of(ext("hubspot", "101"))))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(tx((UnitOfWork uow) -> repository(uow).findAll(List.of(idOf(first), idOf(otherSource), idOf(otherId)))))
                .containsExactlyInAnyOrder(first, otherSource, otherId);
    }

    @Test
    void updateAndDeleteFreeAnExternalId() {
        T first = insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "1"))));
        T second = insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "2"))));

        T moved = tx(uow -> repository(uow).update(withExternalIds(first, Set.of(ext("hubspot", "3")))));
        run(uow -> repository(uow).delete(idOf(second), 1));
        T takesFirst = insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "1"))));
        T takesSecond = insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "2"))));

        assertThat(tx((UnitOfWork uow) -> repository(uow).findByExternalId(ext("hubspot", "1")))).contains(takesFirst);
        assertThat(tx((UnitOfWork uow) -> repository(uow).findByExternalId(ext("hubspot", "2")))).contains(takesSecond);
        assertThat(tx((UnitOfWork uow) -> repository(uow).findByExternalId(ext("hubspot", "3")))).contains(moved);
    }

    @Test
    void insertAllStoresEveryRecordInInputOrder() {
        List<T> records = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            records.add(withExternalIds(newRecord(), Set.of(ext("import", "row-" + i))));
        }

        List<T> stored = tx(uow -> repository(uow).insertAll(records));

        assertThat(stored).containsExactlyElementsOf(records.stream().map(r -> withVersion(r, 1)).toList());
        assertThat(tx((UnitOfWork uow) -> repository(uow).findAll(records.stream().map(this::idOf).toList())))
                .containsExactlyInAnyOrderElementsOf(stored);
        assertThat(tx((UnitOfWork uow) -> repository(uow).insertAll(List.of()))).isEmpty();
    }

    @Test
    void insertAllWithAClashKeepsNothingOfTheCall() {
        T existing = insert(withExternalIds(newRecord(), Set.of(ext("import", "taken"))));
        List<T> clashOnExternalId = List.of(newRecord(), withExternalIds(newRecord(), Set.of(ext("import", "taken"))));
        T twice = newRecord();
        List<T> clashInsideTheBatch = List.of(twice, newRecord(), changed(twice));
        List<T> clashOnId = List.of(newRecord(), changed(withVersion(existing, 0)));

        for (List<T> batch : List.of(clashOnExternalId, clashInsideTheBatch, clashOnId)) {
            assertThatThrownBy(() -> tx(uow -> repository(uow).insertAll(batch))).isInstanceOf(DuplicateKeyException.class);
            List<I> ids = batch.stream().map(this::idOf).filter(id -> !id.equals(idOf(existing))).toList();
            assertThat(tx((UnitOfWork uow) -> repository(uow).findAll(ids))).as("records of the failed batch").isEmpty();
        }
        assertThat(reread(idOf(existing))).contains(existing);
    }

    @Test
    void upsertInsertsNewRecordsAndUpdatesKnownOnesKeepingIdCreationAndOtherSources() {
        T a = withExternalIds(newRecord(), Set.of(ext("hubspot", "a"), ext("erp", "E-1")));
        T b = withExternalIds(newRecord(), Set.of(ext("hubspot", "b")));
        UpsertResult<T> first = tx(uow -> repository(uow).upsertAllByExternalId("hubspot", List.of(a, b)));
        assertThat(first.inserted()).containsExactly(withVersion(a, 1), withVersion(b, 1));
        assertThat(first.updated()).isEmpty();

        // The second import knows the same records under new local ids, with changed fields.
        T a2 = changed(withExternalIds(newRecord(), Set.of(ext("hubspot", "a"))));
        T c = withExternalIds(newRecord(), Set.of(ext("hubspot", "c"), ext("erp", "E-3")));
        T b2 = changed(withExternalIds(newRecord(), Set.of(ext("hubspot", "b"), ext("erp", "E-2"))));
        UpsertResult<T> second = tx(uow -> repository(uow).upsertAllByExternalId("hubspot", List.of(a2, c, b2)));

        T expectedA = asUpserted(a2, withVersion(a, 1), Set.of(ext("hubspot", "a"), ext("erp", "E-1")), 2);
        T expectedB = asUpserted(b2, withVersion(b, 1), Set.of(ext("hubspot", "b"), ext("erp", "E-2")), 2);
        assertThat(second.inserted()).containsExactly(withVersion(c, 1));
        assertThat(second.updated()).containsExactly(expectedA, expectedB);
        assertThat(reread(idOf(a))).contains(expectedA);
        assertThat(reread(idOf(b))).contains(expectedB);
        assertThat(reread(idOf(a2))).isEmpty();
        assertThat(tx((UnitOfWork uow) -> repository(uow).findByExternalId(ext("erp", "E-2")))).contains(expectedB);

        UpsertResult<T> repeated = tx(uow -> repository(uow).upsertAllByExternalId("hubspot", List.of(a2, c, b2)));
        assertThat(repeated.inserted()).isEmpty();
        assertThat(repeated.updated()).extracting(this::idOf).containsExactly(idOf(a), idOf(c), idOf(b));
        assertThat(repeated.updated()).extracting(this::versionOf).containsExactly(3L, 2L, 3L);
    }

    @Test
    void upsertRejectsRecordsWithoutTheSourcesIdOrSharingOne() {
        T withoutSource = withExternalIds(newRecord(), Set.of(ext("erp", "1")));
        T first = withExternalIds(newRecord(), Set.of(ext("hubspot", "same")));
        T second = withExternalIds(newRecord(), Set.of(ext("hubspot", "same")));

        assertThatThrownBy(() -> tx(uow -> repository(uow).upsertAllByExternalId("hubspot", List.of(first, withoutSource))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> tx(uow -> repository(uow).upsertAllByExternalId("hubspot", List.of(first, second))))
                .isInstanceOf(ValidationException.class);
        assertThat(tx((UnitOfWork uow) -> repository(uow).findAll(List.of(idOf(first), idOf(second), idOf(withoutSource))))).isEmpty();
    }

    @Test
    void upsertWithAClashKeepsNothingOfTheCall() {
        T existing = insert(withExternalIds(newRecord(), Set.of(ext("hubspot", "1"))));
        T update = changed(withExternalIds(newRecord(), Set.of(ext("hubspot", "1"))));
        T insertWithTakenId = changed(withExternalIds(withVersion(existing, 0), Set.of(ext("hubspot", "2"))));

        assertThatThrownBy(() -> tx(uow -> repository(uow).upsertAllByExternalId("hubspot", List.of(update, insertWithTakenId))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(reread(idOf(existing))).contains(existing);
        assertThat(tx((UnitOfWork uow) -> repository(uow).findByExternalId(ext("hubspot", "2")))).isEmpty();
    }
}
