package dev.crmkit.jdbc.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Crm;
import dev.crmkit.CrmTenant;
import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.rules.MoveRequest;
import dev.crmkit.core.rules.StageHistory;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.CrmStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many threads changing the same records through the {@link Crm} façade and its retry helper
 * ({@link CrmTenant#retrying}): no update is lost, every failure is a typed {@code CrmException}, deadlocks the
 * database detects come back as transient storage failures and are retried, and concurrent moves and activity
 * logging never corrupt a deal's stage history. A store's test only says which store and how many operations;
 * each test works in a tenant of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrencyContract {
    /** Worker threads of every run. */
    static final int THREADS = 16;
    /** Deals of the spread-out run and of the moves run. */
    static final int SPREAD_DEALS = 100;
    static final int MOVING_DEALS = 20;
    /** Attempts per operation: with 16 threads on one row an update may lose many races before it wins. */
    static final int MAX_ATTEMPTS = 1_000;
    static final long SEED = 20_250_301L;
    private static final Money ONE = Money.of("1.00", "USD");
    private static final Money START = Money.of("1000.00", "USD");

    private CrmStore store;
    private Crm crm;

    /** The store under test, created once for the class. */
    protected abstract CrmStore openStore();

    /** Releases what {@link #openStore()} created (the store is closed before). */
    protected abstract void closeDatabase();

    /** Read-modify-write updates per run (10,000 where the store is fast enough for CI). */
    protected abstract int updates();

    /** Moves plus activity logs in the history run. */
    protected abstract int movesAndLogs();

    /** Whether the store locks rows (a SQL database): then two crossed updates deadlock instead of conflicting. */
    protected abstract boolean locksRows();

    /** The longest a run may take before it counts as hung. */
    protected Duration runLimit() {
        return Scale.soak() ? Duration.ofMinutes(60) : Duration.ofMinutes(4);
    }

    @BeforeAll
    final void openCrm() {
        store = openStore();
        // Short pauses: 16 threads on one row retry often, and the default pauses (10-200 ms) only slow the run.
        crm = Crm.builder().store(store).retryBackoff(Duration.ofMillis(1), Duration.ofMillis(16)).build();
    }

    @AfterAll
    final void closeStore() {
        if (store != null) {
            store.close();
        }
        closeDatabase();
    }

    @Test
    void noUpdateOfOneHotDealIsLost() {
        CrmTenant tenant = crm.tenant(TenantId.of("hot-deal"));
        List<Deal> deals = createDeals(tenant, 1);
        assertNoLostUpdates(tenant, deals);
    }

    @Test
    void noUpdateSpreadOverAHundredDealsIsLost() {
        CrmTenant tenant = crm.tenant(TenantId.of("spread-deals"));
        List<Deal> deals = createDeals(tenant, SPREAD_DEALS);
        assertNoLostUpdates(tenant, deals);
    }

    /**
     * Two transactions update the same two deals in opposite order, each holding the first while the other takes
     * its first: a SQL database detects the deadlock and aborts one (a transient {@link CrmStorageException});
     * an optimistic store lets one commit and fails the other with a version conflict. Either way the retry
     * helper runs the loser again and both changes land.
     */
    @Test
    void crossedUpdatesThatDeadlockAreRetriedUntilBothLand() {
        CrmTenant tenant = crm.tenant(TenantId.of("crossed"));
        List<Deal> deals = createDeals(tenant, 2);
        DealId a = deals.get(0).id();
        DealId b = deals.get(1).id();
        CyclicBarrier bothHoldTheirFirstDeal = new CyclicBarrier(2);
        RetryLog retries = new RetryLog();

        ConcurrentRun.Outcome outcome = ConcurrentRun.run(2, 2, SEED, runLimit(), (thread, index, random) -> {
            DealId first = thread == 0 ? a : b;
            DealId second = thread == 0 ? b : a;
            boolean[] firstAttempt = {true};
            tenant.retrying(MAX_ATTEMPTS, retries.watch(() -> tenant.inTransaction(tx -> {
                Deal one = tx.deals().get(first);
                tx.deals().update(one.withAmount(one.amount().orElseThrow().plus(ONE)));
                if (firstAttempt[0]) {
                    firstAttempt[0] = false;
                    await(bothHoldTheirFirstDeal);
                }
                Deal two = tx.deals().get(second);
                return tx.deals().update(two.withAmount(two.amount().orElseThrow().plus(ONE)));
            })));
        });

        assertThat(outcome.unexpected()).as("failures that are not typed CrmExceptions").isEmpty();
        assertThat(outcome.typed()).as("operations that failed for good").isEmpty();
        assertThat(tenant.deals().get(a).amount()).contains(START.plus(ONE).plus(ONE));
        assertThat(tenant.deals().get(b).amount()).contains(START.plus(ONE).plus(ONE));
        if (locksRows()) {
            assertThat(retries.transients()).as("deadlocks reported as transient failures (%s)", retries).isPositive();
        } else {
            assertThat(retries.conflicts() + retries.transients()).as("retried conflicts (%s)", retries).isPositive();
        }
        report("crossed updates", outcome, retries);
    }

    /**
     * Deals on one account are moved to random legal stages while activities are logged on them and on the
     * account (which moves each deal's last-activity moment: another write to the same row). Afterwards every
     * deal's history is a chain from its creation to its current stage, with one entry per committed move, and
     * every committed activity is stored.
     */
    @Test
    void concurrentMovesAndActivityLoggingKeepEveryStageHistoryConsistent() {
        CrmTenant tenant = crm.tenant(TenantId.of("moves"));
        List<Deal> deals = createDeals(tenant, MOVING_DEALS);
        Pipeline pipeline = tenant.pipelines().get(deals.get(0).pipeline());
        List<String> stages = pipeline.stages().stream().map(Stage::key).toList();
        String lost = pipeline.stages().stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow().key();
        AtomicLongArray moves = new AtomicLongArray(deals.size());
        AtomicLongArray logs = new AtomicLongArray(deals.size() + 1);
        RetryLog retries = new RetryLog();
        var account = deals.get(0).account().orElseThrow();

        ConcurrentRun.Outcome outcome = ConcurrentRun.run(THREADS, movesAndLogs(), SEED, runLimit(), (thread, index, random) -> {
            int pick = random.nextInt(deals.size());
            DealId deal = deals.get(pick).id();
            if (thread % 2 == 0) {
                tenant.retrying(MAX_ATTEMPTS, retries.watch(() -> {
                    String current = tenant.deals().get(deal).stage();
                    List<String> targets = stages.stream().filter(s -> !s.equals(current)).toList();
                    String target = targets.get(random.nextInt(targets.size()));
                    MoveRequest request = target.equals(lost) ? MoveRequest.lost(target, "lost in a robustness test")
                            : MoveRequest.to(target);
                    return tenant.deals().move(deal, request, Optional.empty());
                }));
                moves.incrementAndGet(pick);
            } else if (random.nextInt(4) == 0) {
                tenant.retrying(MAX_ATTEMPTS, retries.watch(() -> tenant.activities().log(a -> a.type(ActivityType.NOTE)
                        .subject("account note " + index).occurredAt(crm.clock().instant()).account(account))));
                logs.incrementAndGet(deals.size());
            } else {
                tenant.retrying(MAX_ATTEMPTS, retries.watch(() -> tenant.activities().log(a -> a.type(ActivityType.CALL)
                        .subject("call " + index).occurredAt(crm.clock().instant()).deal(deal).account(account))));
                logs.incrementAndGet(pick);
            }
        });

        assertThat(outcome.unexpected()).as("failures that are not typed CrmExceptions").isEmpty();
        for (int i = 0; i < deals.size(); i++) {
            Deal deal = tenant.deals().get(deals.get(i).id());
            List<StageChange> history = tenant.deals().history(deal.id());
            List<RuleViolation> problems = StageHistory.checkConsistent(history, deal.stage());
            assertThat(problems).as("stage history of deal %d", i).isEmpty();
            assertThat(history).as("one entry per committed move of deal %d, plus the creation", i).hasSize(1 + (int) moves.get(i));
            assertThat(tenant.activities().count(ActivityQuery.builder().addDeals(deal.id()).build()))
                    .as("activities of deal %d", i).isEqualTo(logs.get(i));
        }
        long committedLogs = 0;
        for (int i = 0; i <= deals.size(); i++) {
            committedLogs += logs.get(i);
        }
        assertThat(tenant.activities().count(ActivityQuery.builder().addAccounts(account).build())).isEqualTo(committedLogs);
        report("moves and activity logging", outcome, retries);
    }

    /**
     * {@link #updates()} read-modify-write increments of the amount, spread over {@code deals} by random choice;
     * each increment reads the deal and writes it back through the façade, retried on conflicts and transient
     * failures. Every deal ends at its start amount plus the increments that committed on it.
     */
    private void assertNoLostUpdates(CrmTenant tenant, List<Deal> deals) {
        AtomicLongArray committed = new AtomicLongArray(deals.size());
        RetryLog retries = new RetryLog();

        ConcurrentRun.Outcome outcome = ConcurrentRun.run(THREADS, updates(), SEED, runLimit(), (thread, index, random) -> {
            int pick = random.nextInt(deals.size());
            DealId id = deals.get(pick).id();
            tenant.retrying(MAX_ATTEMPTS, retries.watch(() -> {
                Deal read = tenant.deals().get(id);
                return tenant.deals().update(read.withAmount(read.amount().orElseThrow().plus(ONE)));
            }));
            committed.incrementAndGet(pick);
        });

        assertThat(outcome.unexpected()).as("failures that are not typed CrmExceptions (%d)", outcome.unexpectedCount()).isEmpty();
        assertThat(outcome.succeeded() + outcome.typedCount()).isEqualTo(updates());
        long total = 0;
        for (int i = 0; i < deals.size(); i++) {
            Deal stored = tenant.deals().get(deals.get(i).id());
            long increments = committed.get(i);
            total += increments;
            assertThat(stored.amount()).as("amount of deal %d after %d committed increments", i, increments)
                    .contains(START.plus(Money.of(BigDecimal.valueOf(increments), START.currency())));
            assertThat(stored.version()).as("version of deal %d", i).isEqualTo(1 + increments);
        }
        assertThat(total).isEqualTo(outcome.succeeded());
        report(deals.size() + " deal(s), " + updates() + " updates", outcome, retries);
    }

    /** Deals on one account with one contact, in a Salesforce-style pipeline, satisfying every stage gate. */
    private static List<Deal> createDeals(CrmTenant tenant, int count) {
        Pipeline pipeline = tenant.pipelines().create(PipelineTemplates::salesforceStyle, "Robustness");
        Account account = tenant.accounts().create(a -> a.name("Hot Account"));
        Contact contact = tenant.contacts().create(c -> c.firstName("Ada").lastName("Lovelace"));
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            deals.add(tenant.deals().create(pipeline.id(), d -> d.name("Deal " + n).account(account.id()).amount(START)
                    .expectedCloseDate(LocalDate.of(2030, 1, 1)).addContacts(DealContact.of(contact.id(), "buyer"))));
        }
        return deals;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other transaction never got its first deal", e);
        }
    }

    private void report(String run, ConcurrentRun.Outcome outcome, RetryLog retries) {
        System.out.printf("[robustness] %s %s: %d ok, failed for good %s, in %d ms; %s%n", getClass().getSimpleName(), run,
                outcome.succeeded(), outcome.typed(), outcome.elapsed().toMillis(), retries);
    }
}
