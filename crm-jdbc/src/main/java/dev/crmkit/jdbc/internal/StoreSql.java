package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.jdbc.dialect.Dialect;

/**
 * Every statement of the store, built once from the table prefix and dialect, plus the pieces the
 * repositories of each unit of work share (JSON columns, cursor codec).
 */
final class StoreSql {
    final Tables tables;
    final Dialect dialect;
    final AccountSql account;
    final ContactSql contact;
    final ContactEmailSql contactEmail;
    final ContactPhoneSql contactPhone;
    final ContactAccountSql contactAccount;
    final DealSql deal;
    final DealContactSql dealContact;
    final PipelineSql pipeline;
    final PipelineStageSql pipelineStage;
    final ActivitySql activity;
    final StageChangeSql stageChange;
    final PropertyDefinitionSql propertyDefinition;
    final ExternalIdSql externalId;
    final PropertyValueSql propertyValue;
    final JsonColumns json = new JsonColumns();
    final CursorCodec cursors;

    StoreSql(Tables tables, Dialect dialect, byte[] cursorSecret) {
        this.tables = tables;
        this.dialect = dialect;
        this.account = new AccountSql(tables, dialect);
        this.contact = new ContactSql(tables, dialect);
        this.contactEmail = new ContactEmailSql(tables, dialect);
        this.contactPhone = new ContactPhoneSql(tables, dialect);
        this.contactAccount = new ContactAccountSql(tables, dialect);
        this.deal = new DealSql(tables, dialect);
        this.dealContact = new DealContactSql(tables, dialect);
        this.pipeline = new PipelineSql(tables, dialect);
        this.pipelineStage = new PipelineStageSql(tables, dialect);
        this.activity = new ActivitySql(tables, dialect);
        this.stageChange = new StageChangeSql(tables, dialect);
        this.propertyDefinition = new PropertyDefinitionSql(tables, dialect);
        this.externalId = new ExternalIdSql(tables, dialect);
        this.propertyValue = new PropertyValueSql(tables, dialect);
        this.cursors = new CursorCodec(cursorSecret);
    }

    ExternalIdTable externalIds(ObjectType type, String kind, String ownerTable) {
        return new ExternalIdTable(externalId, type, kind, ownerTable);
    }

    PropertyValueTable properties(ObjectType type, String kind) {
        return new PropertyValueTable(propertyValue, type, kind);
    }
}
