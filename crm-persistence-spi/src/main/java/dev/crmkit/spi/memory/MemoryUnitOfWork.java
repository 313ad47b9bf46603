package dev.crmkit.spi.memory;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.ActivityRepository;
import dev.crmkit.spi.ContactRepository;
import dev.crmkit.spi.DealRepository;
import dev.crmkit.spi.PipelineRepository;
import dev.crmkit.spi.PropertyDefinitionRepository;
import dev.crmkit.spi.StageHistoryRepository;
import dev.crmkit.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit of work of {@link InMemoryCrmStore}: a private state that starts as the tenant's committed state
 * and takes every write at once (so reads see the unit of work's own writes and nobody else sees them),
 * plus the log of those writes for the commit. Used by one thread at a time.
 */
final class MemoryUnitOfWork implements UnitOfWork {
    private final TenantId tenant;
    private final TenantState start;
    private final List<Change> log = new ArrayList<>();
    private TenantState state;
    private boolean open = true;

    private final AccountRepository accounts = new MemoryAccountRepository(this);
    private final ContactRepository contacts = new MemoryContactRepository(this);
    private final DealRepository deals = new MemoryDealRepository(this);
    private final PipelineRepository pipelines = new MemoryPipelineRepository(this);
    private final ActivityRepository activities = new MemoryActivityRepository(this);
    private final StageHistoryRepository stageHistory = new MemoryStageHistoryRepository(this);
    private final PropertyDefinitionRepository propertyDefinitions = new MemoryPropertyDefinitionRepository(this);

    MemoryUnitOfWork(TenantId tenant, TenantState start) {
        this.tenant = tenant;
        this.start = start;
        this.state = start;
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    /** What this unit of work's page cursors belong to: its tenant's rows, so another tenant cannot page on them. */
    String cursorScope() {
        return tenant.value();
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public ContactRepository contacts() {
        return contacts;
    }

    @Override
    public DealRepository deals() {
        return deals;
    }

    @Override
    public PipelineRepository pipelines() {
        return pipelines;
    }

    @Override
    public ActivityRepository activities() {
        return activities;
    }

    @Override
    public StageHistoryRepository stageHistory() {
        return stageHistory;
    }

    @Override
    public PropertyDefinitionRepository propertyDefinitions() {
        return propertyDefinitions;
    }

    /**
     * The state this unit of work sees: the committed state it started from plus its own writes.
     *
     * @throws IllegalStateException when the unit of work has ended
     */
    TenantState state() {
        requireOpen();
        return state;
    }

    /**
     * Applies writes together: when one fails, none of them is applied and the exception propagates.
     *
     * @throws IllegalStateException when the unit of work has ended
     */
    void apply(List<? extends Change> changes) {
        requireOpen();
        TenantState next = state;
        for (Change change : changes) {
            next = change.applyTo(next, false);
        }
        state = next;
        log.addAll(changes);
    }

    /** The committed state this unit of work started from. */
    TenantState start() {
        return start;
    }

    /** Every write, in order. */
    List<Change> log() {
        return log;
    }

    /** Ends the unit of work; its repositories refuse further use. */
    void end() {
        open = false;
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("the unit of work of tenant " + tenant + " has ended; repositories must not be kept");
        }
    }
}
