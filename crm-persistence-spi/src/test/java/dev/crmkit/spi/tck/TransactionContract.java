package dev.crmkit.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.StageChangeQuery;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transactions: commit on return, rollback on exception (nothing of the unit of work is visible afterwards,
 * bulk writes included), isolation of uncommitted writes from concurrent units of work, and optimistic
 * conflicts between concurrent units of work. Concurrency tests use two threads and latches; they wait at
 * most {@link #LATCH_TIMEOUT_SECONDS} for each other, to fail instead of hanging on a store that deadlocks.
 */
public abstract class TransactionContract extends StoreContract {
    /** How long a thread waits for the other before the test fails. */
    protected static final long LATCH_TIMEOUT_SECONDS = 30;

    private ExecutorService threads;
    private Pipeline sales;
    private Account acme;
    private Deal renewal;

    @BeforeEach
    void start() {
        threads = Executors.newFixedThreadPool(2);
        sales = data.pipeline("Sales");
        acme = data.account("Acme");
        renewal = data.deal(sales, "Renewal");
        run(uow -> {
            uow.pipelines().insert(sales);
            uow.accounts().insert(acme);
            uow.deals().insert(renewal);
        });
        acme = acme.withVersion(1);
        renewal = renewal.withVersion(1);
    }

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(LATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("test threads ended").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(LATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the other unit of work did not arrive within " + LATCH_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** What a unit of work run on a test thread ended with. */
    private record Outcome<T>(T value, Throwable error) {
        boolean committed() {
            return error == null;
        }
    }

    private <T> Future<Outcome<T>> inThread(Function<UnitOfWork, T> work) {
        return threads.submit(() -> {
            try {
                return new Outcome<>(store.inTransaction(TENANT, work), null);
            } catch (RuntimeException | AssertionError e) {
                return new Outcome<>(null, e);
            }
        });
    }

    private static <T> Outcome<T> result(Future<Outcome<T>> future) throws Exception {
        return future.get(2 * LATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void commitsWhenTheWorkReturnsAndReturnsItsResult() {
        Account added = data.account("Globex");

        String result = tx(uow -> {
            uow.accounts().insert(added);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(tx((UnitOfWork uow) -> uow.accounts().find(added.id()))).contains(added.withVersion(1));
    }

    @Test
    void rollsBackEverythingWhenTheWorkThrowsAndRethrowsTheSameException() {
        Account added = data.account("Globex");
        List<Account> bulk = List.of(data.account("Bulk 1"), data.account("Bulk 2"));
        Contact upserted = data.contact("Up", "Serted").withExternalIds(ExternalId.of("import", "1"));
        IllegalStateException failure = new IllegalStateException("host code failed");

        assertThatThrownBy(() -> run(uow -> {
            uow.accounts().insert(added);
            uow.accounts().insertAll(bulk);
            uow.contacts().upsertAllByExternalId("import", List.of(upserted));
            uow.accounts().update(acme.withName("Acme renamed"));
            uow.stageHistory().append(data.stageChange(renewal, null, "prospecting", TckData.NOW, 10));
            uow.deals().delete(renewal.id(), 1);
            throw failure;
        })).isSameAs(failure);

        run(uow -> {
            assertThat(uow.accounts().find(added.id())).isEmpty();
            assertThat(uow.accounts().findAll(bulk.stream().map(Account::id).toList())).isEmpty();
            assertThat(uow.contacts().findByExternalId(ExternalId.of("import", "1"))).isEmpty();
            assertThat(uow.contacts().count(ContactQuery.all())).isZero();
            assertThat(uow.accounts().find(acme.id())).contains(acme);
            assertThat(uow.accounts().count(AccountQuery.all())).isEqualTo(1);
            assertThat(uow.deals().find(renewal.id())).contains(renewal);
            assertThat(uow.stageHistory().forDeal(renewal.id())).isEmpty();
            assertThat(uow.stageHistory().find(StageChangeQuery.all(), PageRequest.first(10)).items()).isEmpty();
        });
    }

    @Test
    void rollsBackEarlierWritesWhenAStoreCallFails() {
        Account added = data.account("Globex");

        assertThatThrownBy(() -> run(uow -> {
            uow.accounts().insert(added);
            uow.accounts().update(acme.withName("Acme renamed"));
            uow.accounts().update(acme.withName("stale"));
        })).isInstanceOf(VersionConflictException.class);

        assertThat(tx((UnitOfWork uow) -> uow.accounts().find(added.id()))).isEmpty();
        assertThat(tx((UnitOfWork uow) -> uow.accounts().find(acme.id()))).contains(acme);
    }

    @Test
    void queriesCountsAndAggregatesSeeTheUnitOfWorksOwnWrites() {
        run(uow -> {
            uow.deals().insert(data.deal(sales, "Second"));
            uow.deals().delete(renewal.id(), 1);
            uow.accounts().insert(data.account("Globex"));
            assertThat(uow.deals().count(DealQuery.all())).isEqualTo(1);
            assertThat(uow.deals().find(DealQuery.all(), PageRequest.first(10)).items()).extracting(Deal::name).containsExactly("Second");
            assertThat(uow.deals().aggregate(DealQuery.all(), EnumSet.noneOf(DealGrouping.class)))
                    .singleElement().satisfies(a -> assertThat(a.count()).isEqualTo(1));
            assertThat(uow.accounts().find(AccountQuery.all(), PageRequest.first(10)).items()).hasSize(2);
        });
    }

    @Test
    void uncommittedWritesAreInvisibleToAConcurrentUnitOfWork() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        Account added = data.account("Uncommitted Inc");
        Deal addedDeal = data.deal(sales, "Uncommitted deal");

        Future<Outcome<Void>> writer = inThread(uow -> {
            uow.accounts().insert(added);
            uow.accounts().update(acme.withName("Acme (uncommitted)"));
            uow.deals().insert(addedDeal);
            uow.deals().delete(renewal.id(), 1);
            written.countDown();
            await(read);
            return null;
        });
        Future<Outcome<List<Object>>> reader = inThread(uow -> {
            await(written);
            List<Object> seen = new ArrayList<>();
            seen.add(uow.accounts().find(added.id()));
            seen.add(uow.accounts().find(acme.id()));
            seen.add(uow.accounts().count(AccountQuery.all()));
            seen.add(uow.deals().find(DealQuery.all(), PageRequest.first(10)).items());
            seen.add(uow.deals().findAll(List.of(addedDeal.id(), renewal.id())));
            read.countDown();
            return seen;
        });

        Outcome<List<Object>> seen = result(reader);
        assertThat(seen.error()).isNull();
        assertThat(result(writer).error()).isNull();
        assertThat(seen.value()).containsExactly(Optional.empty(), Optional.of(acme), 1L, List.of(renewal), List.of(renewal));
        run(uow -> {
            assertThat(uow.accounts().find(added.id())).contains(added.withVersion(1));
            assertThat(uow.accounts().get(acme.id()).name()).isEqualTo("Acme (uncommitted)");
            assertThat(uow.deals().find(renewal.id())).isEmpty();
        });
    }

    @Test
    void ofTwoConcurrentUpdatesFromTheSameVersionExactlyOneCommits() throws Exception {
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondRead = new CountDownLatch(1);

        Future<Outcome<Account>> first = inThread(uow -> {
            Account updated = uow.accounts().update(acme.withName("First"));
            firstWrote.countDown();
            await(secondRead);
            return updated;
        });
        Future<Outcome<Account>> second = inThread(uow -> {
            await(firstWrote);
            Account seen = uow.accounts().get(acme.id());
            secondRead.countDown();
            // May block until the first commits (row locks) or fail only at commit (optimistic stores).
            return uow.accounts().update(seen.withName("Second"));
        });

        List<Outcome<Account>> outcomes = List.of(result(first), result(second));
        assertThat(outcomes).filteredOn(Outcome::committed).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.committed()).singleElement()
                .satisfies(o -> assertThat(o.error()).isInstanceOf(VersionConflictException.class));
        Account winner = outcomes.stream().filter(Outcome::committed).findFirst().orElseThrow().value();
        assertThat(winner.version()).isEqualTo(2);
        assertThat(tx((UnitOfWork uow) -> uow.accounts().find(acme.id()))).contains(winner);
    }

    @Test
    void ofAConcurrentUpdateAndDeleteFromTheSameVersionExactlyOneCommits() throws Exception {
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondRead = new CountDownLatch(1);

        Future<Outcome<Boolean>> deleter = inThread(uow -> {
            uow.accounts().delete(acme.id(), 1);
            firstWrote.countDown();
            await(secondRead);
            return true;
        });
        Future<Outcome<Boolean>> updater = inThread(uow -> {
            await(firstWrote);
            Account seen = uow.accounts().get(acme.id());
            secondRead.countDown();
            uow.accounts().update(seen.withName("Updated"));
            return true;
        });

        List<Outcome<Boolean>> outcomes = List.of(result(deleter), result(updater));
        assertThat(outcomes).filteredOn(Outcome::committed).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.committed()).singleElement()
                .satisfies(o -> assertThat(o.error()).isInstanceOf(VersionConflictException.class));
        Optional<Account> after = tx((UnitOfWork uow) -> uow.accounts().find(acme.id()));
        if (outcomes.get(0).committed()) {
            assertThat(after).isEmpty();
        } else {
            assertThat(after).map(Account::name).contains("Updated");
        }
    }

    @Test
    void ofTwoConcurrentInsertsOfTheSameUniqueKeyExactlyOneCommits() throws Exception {
        for (boolean byEmail : new boolean[] {true, false}) {
            CountDownLatch firstWrote = new CountDownLatch(1);
            CountDownLatch secondStarted = new CountDownLatch(1);
            String key = byEmail ? "same@example.com" : "same-external-id";
            Function<Contact, Contact> withKey = c -> byEmail
                    ? c.withPrimaryEmail(dev.crmkit.core.model.shared.EmailAddress.of(key))
                    : c.withExternalIds(ExternalId.of("import", key));
            Contact one = withKey.apply(data.contact("One", null));
            Contact two = withKey.apply(data.contact("Two", null));

            Future<Outcome<Contact>> first = inThread(uow -> {
                Contact stored = uow.contacts().insert(one);
                firstWrote.countDown();
                await(secondStarted);
                return stored;
            });
            Future<Outcome<Contact>> second = inThread(uow -> {
                await(firstWrote);
                secondStarted.countDown();
                return uow.contacts().insert(byEmail ? two.withPrimaryEmail(dev.crmkit.core.model.shared.EmailAddress.of("SAME@example.com")) : two);
            });

            List<Outcome<Contact>> outcomes = List.of(result(first), result(second));
            assertThat(outcomes).as("inserts by %s", byEmail ? "email" : "external id").filteredOn(Outcome::committed).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.committed()).singleElement()
                    .satisfies(o -> assertThat(o.error()).isInstanceOf(DuplicateKeyException.class));
            assertThat(tx((UnitOfWork uow) -> uow.contacts().count(ContactQuery.all()))).isEqualTo(1);
            run(uow -> uow.contacts().findAll(List.of(one.id(), two.id()))
                    .forEach(c -> uow.contacts().delete(c.id(), c.version())));
        }
    }

    @Test
    void aUnitOfWorkOpenedInsideAnotherIsIndependent() {
        Account inner = data.account("Inner");
        Account outer = data.account("Outer");
        RuntimeException failure = new RuntimeException("outer fails");

        assertThatThrownBy(() -> run(uow -> {
            uow.accounts().insert(outer);
            store.run(TENANT, innerUow -> {
                assertThat(innerUow.accounts().find(outer.id())).isEmpty();
                innerUow.accounts().insert(inner);
            });
            throw failure;
        })).isSameAs(failure);

        assertThat(tx((UnitOfWork uow) -> uow.accounts().find(inner.id()))).contains(inner.withVersion(1));
        assertThat(tx((UnitOfWork uow) -> uow.accounts().find(outer.id()))).isEmpty();
    }
}
