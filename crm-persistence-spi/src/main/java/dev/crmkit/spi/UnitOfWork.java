package dev.crmkit.spi;

import dev.crmkit.core.model.shared.TenantId;

/**
 * One transaction for one tenant, and the repositories that work in it. Obtained only inside
 * {@link CrmStore#inTransaction}; invalid after that call returns.
 */
public interface UnitOfWork {

    /** The tenant every repository of this unit of work is scoped to. */
    TenantId tenant();

    /** Accounts. */
    AccountRepository accounts();

    /** Contacts. */
    ContactRepository contacts();

    /** Deals, including the pipeline-board and forecast aggregations. */
    DealRepository deals();

    /** Pipelines. */
    PipelineRepository pipelines();

    /** Activities and timelines. */
    ActivityRepository activities();

    /** The append-only stage history of deals. */
    StageHistoryRepository stageHistory();

    /** Custom property definitions. */
    PropertyDefinitionRepository propertyDefinitions();
}
