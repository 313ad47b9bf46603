package dev.crmkit;

import dev.crmkit.core.model.shared.TenantId;

/**
 * The use cases of one tenant, grouped by subject. Implemented by {@link CrmTenant} (each call its own
 * transaction) and by {@link CrmTransaction} (every call in the one open transaction).
 */
public interface CrmOperations {

    /** The tenant every use case reads and writes. */
    TenantId tenantId();

    /** Accounts: create, update, delete, find. */
    Accounts accounts();

    /** Contacts: create, update, delete, find, lifecycle. */
    Contacts contacts();

    /** Deals: create, update, delete, find, moves, the pipeline board and rotting deals. */
    Deals deals();

    /** Activities: log, update, delete, complete tasks, find. */
    Activities activities();

    /** Pipelines: create, update, delete, find. */
    Pipelines pipelines();

    /** Custom property definitions. */
    PropertyDefinitions propertyDefinitions();

    /** Customer-360 timelines of contacts, accounts and deals. */
    Timelines timelines();

    /** Duplicate detection and merging of contacts and accounts. */
    Duplicates duplicates();

    /** Personal-data export and erasure. */
    Privacy privacy();

    /** Forecasts: weighted pipeline, category rollups, quotas, predictive forecasts, backtests, as-of replay. */
    Forecasts forecasts();

    /** Pipeline analytics over a cohort of deals: win rate, sales cycle, conversion, velocity, slippage. */
    Analytics analytics();

    /** Lead scoring: rule-based scores and lifecycle promotion, trained lead and deal models. */
    Scoring scoring();
}
