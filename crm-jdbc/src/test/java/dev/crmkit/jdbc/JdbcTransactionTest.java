package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.spi.UpsertResult;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Units of work on every database: READ COMMITTED even when the pool hands out connections with another
 * level (MariaDB's default is REPEATABLE READ), the connection's settings restored, repositories unusable
 * after their unit of work, and concurrent upserts that never write the same version twice.
 */
class JdbcTransactionTest {
    private static final TenantId TENANT = TenantId.of("transactions");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aUnitOfWorkSeesWhatOthersCommittedMeanwhile(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.of(kind); HikariDataSource pool = database.newPool(3);
             JdbcCrmStore store = JdbcCrmStore.builder().dataSource(pool).build()) {
            TckData data = new TckData();
            Account acme = store.inTransaction(TENANT, uow -> uow.accounts().insert(data.account("Acme")));

            String seenSecond = store.inTransaction(TENANT, uow -> {
                String first = uow.accounts().get(acme.id()).name();
                Thread other = new Thread(() -> store.run(TENANT, inner -> inner.accounts().update(acme.withName("Renamed"))));
                other.start();
                join(other);
                assertThat(first).isEqualTo("Acme");
                return uow.accounts().get(acme.id()).name();
            });

            assertThat(seenSecond).as("READ COMMITTED: a second read sees the other unit of work's commit").isEqualTo("Renamed");
            try (Connection connection = pool.getConnection()) {
                assertThat(connection.getAutoCommit()).as("auto-commit restored").isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void repositoriesCannotBeUsedAfterTheirUnitOfWork(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.of(kind);
             JdbcCrmStore store = JdbcCrmStore.builder().dataSource(database.dataSource()).build()) {
            AtomicReference<AccountRepository> leaked = new AtomicReference<>();
            store.run(TENANT, (UnitOfWork uow) -> leaked.set(uow.accounts()));

            assertThatThrownBy(() -> leaked.get().find(new TckData().accountId())).isInstanceOf(IllegalStateException.class);
            store.close();
            assertThatThrownBy(() -> store.run(TENANT, uow -> uow.accounts())).isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentUpsertsOfOneRecordNeverReuseAVersion(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.of(kind);
             JdbcCrmStore store = JdbcCrmStore.builder().dataSource(database.dataSource()).build()) {
            TckData data = new TckData();
            Account template = data.account("Acme").withExternalIds(ExternalId.of("crm", "1"));
            store.run(TENANT, uow -> uow.accounts().insert(template));
            int perThread = 15;
            List<Long> versions = new CopyOnWriteArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int thread = t;
                    runs.add(threads.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            Account incoming = template.withId(new TckData(thread * 1000L + i).accountId())
                                    .withName("Acme " + thread + "-" + i);
                            UpsertResult<Account> result = store.inTransaction(TENANT,
                                    uow -> uow.accounts().upsertAllByExternalId("crm", List.of(incoming)));
                            versions.add(result.updated().get(0).version());
                        }
                    }));
                }
                for (Future<?> run : runs) {
                    run.get(5, TimeUnit.MINUTES);
                }
            } finally {
                threads.shutdownNow();
            }

            // the matched record is locked while it is upserted, so every upsert wrote the next version
            assertThat(versions).doesNotHaveDuplicates().hasSize(2 * perThread);
            assertThat(store.inTransaction(TENANT, (UnitOfWork uow) -> uow.accounts().get(template.id())).version())
                    .isEqualTo(1 + 2 * perThread);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
