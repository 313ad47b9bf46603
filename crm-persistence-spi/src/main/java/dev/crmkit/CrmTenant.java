package dev.crmkit;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.internal.CrmSettings;
import dev.crmkit.internal.InsightConfig;
import dev.crmkit.internal.Retry;
import dev.crmkit.internal.TxRunner;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The CRM of one tenant. Every use case of its services runs in its own transaction; see
 * {@link #inTransaction} to combine several. Thread-safe.
 */
public final class CrmTenant implements CrmOperations {
    private final TenantId tenant;
    private final TxRunner runner;
    private final CrmSettings settings;
    private final InsightConfig insights;
    private final ServiceSet services;

    CrmTenant(TenantId tenant, TxRunner runner, CrmSettings settings, InsightConfig insights) {
        this.tenant = tenant;
        this.runner = runner;
        this.settings = settings;
        this.insights = insights;
        this.services = new ServiceSet(runner, insights);
    }

    /**
     * Runs {@code work} in one transaction: every use case called through the {@link CrmTransaction} commits
     * together when {@code work} returns, or rolls back together when it throws (the exception is rethrown
     * unchanged). Events raised inside are delivered after the commit, in order, and never for a rolled-back
     * transaction. Use cases called on this tenant view (not on the transaction) inside {@code work} run in
     * separate, independent transactions.
     *
     * @param work the combined use cases
     * @return what {@code work} returned
     * @throws dev.crmkit.spi.CrmStorageException when the store cannot begin or commit
     */
    public <T> T inTransaction(Function<CrmTransaction, T> work) {
        Objects.requireNonNull(work, "work");
        return runner.call(context -> work.apply(new CrmTransaction(context, insights)));
    }

    /** {@link #inTransaction(Function)} for work without a result. */
    public void run(Consumer<CrmTransaction> work) {
        Objects.requireNonNull(work, "work");
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /**
     * Runs {@code work} (typically one use case or an {@link #inTransaction} block) up to {@code maxAttempts}
     * times while it fails with a {@link dev.crmkit.spi.VersionConflictException} or a transient
     * {@link dev.crmkit.core.error.CrmException} ({@code isTransient()}), pausing briefly between attempts
     * (exponential backoff, bounded by the builder's {@code retryBackoff}). Each attempt must re-read what it
     * changes: re-running an update with the same stale record fails the same way every time.
     *
     * @param maxAttempts at least 1
     * @param work        the work; run again from the start on each attempt
     * @return the first successful result
     * @throws dev.crmkit.core.error.CrmException the last failure when attempts run out (earlier ones attached
     *                                            as suppressed), or at once a failure that is not retryable
     * @throws dev.crmkit.core.error.ValidationException when {@code maxAttempts} is below 1
     */
    public <T> T retrying(int maxAttempts, Supplier<T> work) {
        return Retry.run(maxAttempts, settings.initialBackoff(), settings.maxBackoff(), work);
    }

    @Override
    public TenantId tenantId() {
        return tenant;
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
