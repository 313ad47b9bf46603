package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Units of work on every database: READ COMMITTED even when the pool hands out connections with another
 * level (MariaDB's default is REPEATABLE READ), the connection's settings restored, and repositories unusable
 * after their unit of work.
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

    private static void join(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
