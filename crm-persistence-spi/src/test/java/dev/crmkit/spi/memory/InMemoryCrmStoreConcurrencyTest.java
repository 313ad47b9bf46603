package dev.crmkit.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.VersionConflictException;
import dev.crmkit.spi.tck.TckData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Behaviour of {@link InMemoryCrmStore} beyond the TCK: no lost updates under contention, use after end or close. */
class InMemoryCrmStoreConcurrencyTest {
    private static final TenantId TENANT = TenantId.of("concurrency");

    @Test
    void concurrentIncrementsWithRetriesLoseNoUpdate() throws Exception {
        InMemoryCrmStore store = new InMemoryCrmStore();
        Account counter = new TckData().accountBuilder("Counter").employeeCount(0).build();
        store.run(TENANT, uow -> uow.accounts().insert(counter));
        int threads = 4;
        int incrementsPerThread = 250;
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < incrementsPerThread; i++) {
                    while (true) {
                        try {
                            store.run(TENANT, uow -> {
                                Account current = uow.accounts().get(counter.id());
                                uow.accounts().update(current.withEmployeeCount(current.employeeCount().orElseThrow() + 1));
                            });
                            break;
                        } catch (VersionConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Account result = store.inTransaction(TENANT, uow -> uow.accounts().get(counter.id()));
        assertThat(result.employeeCount()).contains(threads * incrementsPerThread);
        assertThat(result.version()).isEqualTo(1L + threads * incrementsPerThread);
    }

    @Test
    void repositoriesRefuseUseAfterTheirUnitOfWorkEnded() {
        InMemoryCrmStore store = new InMemoryCrmStore();
        var leaked = store.inTransaction(TENANT, uow -> uow.accounts());

        assertThatThrownBy(() -> leaked.find(new TckData().accountId())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClosedStoreRefusesNewUnitsOfWork() {
        InMemoryCrmStore store = new InMemoryCrmStore();
        store.close();
        store.close();

        assertThatThrownBy(() -> store.run(TENANT, uow -> uow.accounts().count(dev.crmkit.spi.AccountQuery.all())))
                .isInstanceOf(CrmStorageException.class);
    }
}
