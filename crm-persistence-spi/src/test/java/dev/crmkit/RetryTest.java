package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.VersionConflictException;
import dev.crmkit.support.CrmFixture;
import dev.crmkit.support.FlakyStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {
    private FlakyStore flaky;

    private CrmFixture fixtureFailing(int failures, java.util.function.Supplier<RuntimeException> failure) {
        return new CrmFixture(store -> flaky = new FlakyStore(store, failures, failure));
    }

    @Test
    void transientFailuresAreRetriedUntilTheWorkSucceeds() {
        CrmFixture fx = fixtureFailing(2, () -> new CrmStorageException("deadlock", true));

        Account acme = fx.tenant.retrying(3, () -> fx.tenant.accounts().create(a -> a.name("Acme")));

        assertThat(flaky.transactions()).isEqualTo(3);
        assertThat(fx.tenant.accounts().count(AccountQuery.all())).isEqualTo(1);
        assertThat(fx.tenant.accounts().get(acme.id())).isEqualTo(acme);
        assertThat(fx.events.names()).containsExactly("AccountCreated");
    }

    @Test
    void versionConflictsAreRetried() {
        CrmFixture fx = fixtureFailing(1, () -> new VersionConflictException("Deal", "x", 1));

        Account acme = fx.crm.retrying(2, () -> fx.tenant.accounts().create(a -> a.name("Acme")));

        assertThat(acme.version()).isEqualTo(1);
        assertThat(flaky.transactions()).isEqualTo(2);
    }

    @Test
    void whenAttemptsRunOutTheLastFailureIsRethrownWithTheEarlierOnesSuppressed() {
        AtomicInteger n = new AtomicInteger();
        CrmFixture fx = fixtureFailing(5, () -> new CrmStorageException("lost connection " + n.incrementAndGet(), true));

        assertThatThrownBy(() -> fx.tenant.retrying(3, () -> fx.tenant.accounts().create(a -> a.name("Acme"))))
                .isInstanceOf(CrmStorageException.class)
                .hasMessage("lost connection 3")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("lost connection 1", "lost connection 2"));
        assertThat(flaky.transactions()).isEqualTo(3);
        flaky.failNext(0);
        assertThat(fx.tenant.accounts().count(AccountQuery.all())).isZero();
    }

    @Test
    void permanentFailuresAreNotRetried() {
        CrmFixture fx = fixtureFailing(1, () -> new CrmStorageException("disk full", false));

        assertThatThrownBy(() -> fx.tenant.retrying(5, () -> fx.tenant.accounts().create(a -> a.name("Acme"))))
                .isInstanceOf(CrmStorageException.class);
        assertThat(flaky.transactions()).isEqualTo(1);

        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> fx.tenant.retrying(5, () -> {
            attempts.incrementAndGet();
            return fx.tenant.accounts().create(a -> a.domain("nameless.example"));
        })).isInstanceOf(ValidationException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void retryingReRunsTheWholeUseCaseSoItReadsFreshData() {
        CrmFixture fx = new CrmFixture();
        Pipeline sales = fx.hubspot();
        Deal deal = fx.tenant.deals().create(sales.id(), d -> d.name("Deal"));
        AtomicInteger attempts = new AtomicInteger();

        Deal renamed = fx.tenant.retrying(3, () -> {
            Deal read = fx.tenant.deals().get(deal.id());
            if (attempts.incrementAndGet() == 1) {
                fx.tenant.deals().update(read.withSource("someone else"));
            }
            return fx.tenant.deals().update(read.withName("Mine"));
        });

        assertThat(attempts).hasValue(2);
        assertThat(renamed.name()).isEqualTo("Mine");
        assertThat(renamed.source()).contains("someone else");
    }

    @Test
    void concurrentTouchesOfOneDealAllLandWhenRetried() throws Exception {
        CrmFixture fx = new CrmFixture();
        Pipeline sales = fx.hubspot();
        Deal deal = fx.tenant.deals().create(sales.id(), d -> d.name("Busy"));
        int threads = 4;
        int perThread = 10;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        java.time.Instant at = CrmFixture.START.minusSeconds(1000L * thread + i);
                        fx.tenant.retrying(200, () -> fx.tenant.activities().log(a -> a.type(ActivityType.CALL)
                                .subject("call").occurredAt(at).deal(deal.id())));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(fx.tenant.activities().count(ActivityQuery.builder().addDeals(deal.id()).build()))
                .isEqualTo(threads * perThread);
        assertThat(fx.tenant.deals().get(deal.id()).lastActivityAt()).contains(CrmFixture.START);
    }

    @Test
    void atLeastOneAttempt() {
        CrmFixture fx = new CrmFixture();

        assertThatThrownBy(() -> fx.tenant.retrying(0, () -> "never"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("maxAttempts"));
    }
}
