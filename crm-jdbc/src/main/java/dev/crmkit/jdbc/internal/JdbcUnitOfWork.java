package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.ActivityRepository;
import dev.crmkit.spi.ContactRepository;
import dev.crmkit.spi.DealRepository;
import dev.crmkit.spi.PipelineRepository;
import dev.crmkit.spi.PropertyDefinitionRepository;
import dev.crmkit.spi.StageHistoryRepository;
import dev.crmkit.spi.UnitOfWork;

/** The repositories of one transaction, created when first asked for. */
final class JdbcUnitOfWork implements UnitOfWork {
    private final Session session;
    private final StoreSql sql;
    private AccountRepository accounts;
    private ContactRepository contacts;
    private DealRepository deals;
    private PipelineRepository pipelines;
    private ActivityRepository activities;
    private StageHistoryRepository stageHistory;
    private PropertyDefinitionRepository propertyDefinitions;

    JdbcUnitOfWork(Session session, StoreSql sql) {
        this.session = session;
        this.sql = sql;
    }

    @Override
    public TenantId tenant() {
        return session.tenant();
    }

    @Override
    public AccountRepository accounts() {
        if (accounts == null) {
            accounts = new JdbcAccountRepository(session, sql);
        }
        return accounts;
    }

    @Override
    public ContactRepository contacts() {
        if (contacts == null) {
            contacts = new JdbcContactRepository(session, sql);
        }
        return contacts;
    }

    @Override
    public DealRepository deals() {
        if (deals == null) {
            deals = new JdbcDealRepository(session, sql);
        }
        return deals;
    }

    @Override
    public PipelineRepository pipelines() {
        if (pipelines == null) {
            pipelines = new JdbcPipelineRepository(session, sql);
        }
        return pipelines;
    }

    @Override
    public ActivityRepository activities() {
        if (activities == null) {
            activities = new JdbcActivityRepository(session, sql);
        }
        return activities;
    }

    @Override
    public StageHistoryRepository stageHistory() {
        if (stageHistory == null) {
            stageHistory = new JdbcStageHistoryRepository(session, sql);
        }
        return stageHistory;
    }

    @Override
    public PropertyDefinitionRepository propertyDefinitions() {
        if (propertyDefinitions == null) {
            propertyDefinitions = new JdbcPropertyDefinitionRepository(session, sql);
        }
        return propertyDefinitions;
    }
}
