package dev.crmkit;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.internal.BoundTxRunner;
import dev.crmkit.internal.InsightConfig;
import dev.crmkit.internal.TxContext;
import dev.crmkit.spi.UnitOfWork;

/**
 * One open transaction of a tenant, handed to {@link CrmTenant#inTransaction}: every use case called through
 * it runs in that transaction, so they commit or roll back together, and their events are delivered after the
 * commit. Valid only inside the {@code inTransaction} call; use afterwards throws {@link IllegalStateException}.
 * Not thread-safe.
 */
public final class CrmTransaction implements CrmOperations {
    private final TxContext context;
    private final ServiceSet services;

    CrmTransaction(TxContext context, InsightConfig insights) {
        this.context = context;
        this.services = new ServiceSet(new BoundTxRunner(context), insights);
    }

    /**
     * The store's unit of work, for repository calls the façade has no use case for. Writes made here bypass
     * the façade's validation and raise no events.
     *
     * @throws IllegalStateException when the transaction has ended
     */
    public UnitOfWork unitOfWork() {
        return context.uow();
    }

    @Override
    public TenantId tenantId() {
        return context.tenant();
    }

    @Override
    public Accounts accounts() {
        return services.accounts;
    }

    @Override
    public Contacts contacts() {
        return services.contacts;
    }

    @Override
    public Deals deals() {
        return services.deals;
    }

    @Override
    public Activities activities() {
        return services.activities;
    }

    @Override
    public Pipelines pipelines() {
        return services.pipelines;
    }

    @Override
    public PropertyDefinitions propertyDefinitions() {
        return services.propertyDefinitions;
    }

    @Override
    public Timelines timelines() {
        return services.timelines;
    }

    @Override
    public Duplicates duplicates() {
        return services.duplicates;
    }

    @Override
    public Privacy privacy() {
        return services.privacy;
    }

    @Override
    public Forecasts forecasts() {
        return services.forecasts;
    }

    @Override
    public Analytics analytics() {
        return services.analytics;
    }

    @Override
    public Scoring scoring() {
        return services.scoring;
    }
}
