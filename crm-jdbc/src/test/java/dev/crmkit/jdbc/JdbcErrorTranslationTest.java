package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.tck.TckData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * SQL errors as the store reports them on each database: unique-key violations as
 * {@link DuplicateKeyException} naming the kind and key, lock timeouts, deadlocks and lost connections as
 * transient {@link CrmStorageException}s.
 */
class JdbcErrorTranslationTest {
    private static final TenantId TENANT = TenantId.of("errors");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void uniqueViolationsNameTheKindAndTheKey(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.of(kind); JdbcCrmStore store = migrated(database)) {
            TckData data = new TckData();
            Pipeline pipeline = data.pipeline("Sales");
            Deal deal = data.deal(pipeline, "Renewal");
            Contact ada = data.contactWithEmail("ada@example.com");
            Account acme = data.account("Acme").withExternalIds(ExternalId.of("hubspot", "1"));
            store.run(TENANT, uow -> {
                uow.pipelines().insert(pipeline);
                uow.deals().insert(deal);
                uow.contacts().insert(ada);
                uow.accounts().insert(acme);
            });

            assertThatThrownBy(() -> store.run(TENANT, uow -> uow.deals().insert(deal.withName("Again"))))
                    .isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
                        assertThat(e.kind()).isEqualTo("Deal");
                        assertThat(e.key()).isEqualTo("id=" + deal.id());
                        assertThat(e.isTransient()).isFalse();
                    });
            assertThatThrownBy(() -> store.run(TENANT, uow -> uow.contacts().insert(data.contactWithEmail("ADA@example.com"))))
                    .isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
                        assertThat(e.kind()).isEqualTo("Contact");
                        assertThat(e.key()).isEqualTo("primaryEmail=ada@example.com");
                    });
            assertThatThrownBy(() -> store.run(TENANT, uow -> uow.accounts().insert(
                    data.account("Other").withExternalIds(ExternalId.of("hubspot", "1")))))
                    .isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
                        assertThat(e.kind()).isEqualTo("Account");
                        assertThat(e.key()).isEqualTo("externalId=hubspot:1");
                    });
            List<Account> batch = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                batch.add(data.account("Batch " + i));
            }
            batch.add(acme.withName("Clash"));
            assertThatThrownBy(() -> store.run(TENANT, uow -> uow.accounts().insertAll(batch)))
                    .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.kind()).isEqualTo("Account"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aLockTimeoutIsTransient(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.of(kind); JdbcCrmStore store = migrated(database);
             HikariDataSource impatientPool = database.newPoolWithShortLockTimeout(2);
             JdbcCrmStore impatient = JdbcCrmStore.builder().dataSource(impatientPool).schemaMode(SchemaMode.VALIDATE).build()) {
            TckData data = new TckData();
            Account acme = store.inTransaction(TENANT, uow -> uow.accounts().insert(data.account("Acme")));
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<?> holder = thread.submit(() -> store.run(TENANT, uow -> {
                    uow.accounts().update(acme.withName("Held"));
                    locked.countDown();
                    await(release);
                }));
                assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();

                Throwable failure = catchThrowable(() -> impatient.run(TENANT, uow -> uow.accounts().update(acme.withName("Waits"))));
                release.countDown();
                holder.get(1, TimeUnit.MINUTES);

                assertThat(failure).isInstanceOfSatisfying(CrmStorageException.class,
                        e -> assertThat(e.isTransient()).as("transient: %s", e.getMessage()).isTrue());
            } finally {
                release.countDown();
                thread.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDeadlockIsTransientForTheVictim(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.of(kind); JdbcCrmStore store = migrated(database)) {
            TckData data = new TckData();
            Account first = store.inTransaction(TENANT, uow -> uow.accounts().insert(data.account("First")));
            Account second = store.inTransaction(TENANT, uow -> uow.accounts().insert(data.account("Second")));
            CyclicBarrier bothLockedOne = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (Account[] order : List.of(new Account[] {first, second}, new Account[] {second, first})) {
                    runs.add(threads.submit(() -> store.run(TENANT, uow -> {
                        uow.accounts().update(order[0].withName(order[0].name() + " 1"));
                        await(bothLockedOne);
                        uow.accounts().update(order[1].withName(order[1].name() + " 2"));
                    })));
                }
                List<Throwable> failures = new ArrayList<>();
                for (Future<?> run : runs) {
                    try {
                        run.get(2, TimeUnit.MINUTES);
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }

                assertThat(failures).isNotEmpty().allSatisfy(f -> assertThat(f).isInstanceOfSatisfying(
                        CrmStorageException.class, e -> assertThat(e.isTransient()).as("transient: %s", e.getMessage()).isTrue()));
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void aRefusedConnectionIsTransient() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");

        assertThatThrownBy(() -> JdbcCrmStore.builder().dataSource(nowhere).build())
                .isInstanceOfSatisfying(CrmStorageException.class, e -> assertThat(e.isTransient()).isTrue());
        JdbcCrmStore store = JdbcCrmStore.builder().dataSource(nowhere).dialect(new dev.crmkit.jdbc.dialect.PostgresDialect())
                .schemaMode(SchemaMode.NONE).build();
        assertThatThrownBy(() -> store.run(TENANT, uow -> uow.accounts().find(new TckData().accountId())))
                .isInstanceOfSatisfying(CrmStorageException.class, e -> assertThat(e.isTransient()).isTrue());
    }

    private static JdbcCrmStore migrated(TestDatabase database) {
        return JdbcCrmStore.builder().dataSource(database.dataSource()).schemaMode(SchemaMode.MIGRATE).build();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test's other thread did not arrive");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the test's other thread did not arrive", e);
        }
    }
}
