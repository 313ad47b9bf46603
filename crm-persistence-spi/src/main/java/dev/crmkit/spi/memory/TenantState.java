package dev.crmkit.spi.memory;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import java.util.HashSet;
import java.util.Set;

/**
 * Everything one tenant has, as one immutable value. The committed state of a tenant is one such value;
 * a unit of work derives its private state from the one it started with.
 *
 * @param accounts            accounts
 * @param contacts            contacts
 * @param deals               deals
 * @param pipelines           pipelines
 * @param activities          activities
 * @param propertyDefinitions custom property definitions
 * @param history             the stage history of the deals
 */
record TenantState(Table<AccountId, Account> accounts, Table<ContactId, Contact> contacts, Table<DealId, Deal> deals,
                   Table<PipelineId, Pipeline> pipelines, Table<ActivityId, Activity> activities,
                   Table<PropertyDefinitionId, PropertyDefinition> propertyDefinitions, HistoryTable history) {

    static final Schema<AccountId, Account> ACCOUNT = new Schema<>("Account", Account::id, Account::version,
            Account::withVersion, a -> externalKeys(a.externalIds()));

    static final Schema<ContactId, Contact> CONTACT = new Schema<>("Contact", Contact::id, Contact::version,
            Contact::withVersion, TenantState::contactKeys);

    static final Schema<DealId, Deal> DEAL = new Schema<>("Deal", Deal::id, Deal::version, Deal::withVersion,
            d -> externalKeys(d.externalIds()));

    static final Schema<PipelineId, Pipeline> PIPELINE = new Schema<>("Pipeline", Pipeline::id, Pipeline::version,
            Pipeline::withVersion, p -> Set.of());

    static final Schema<ActivityId, Activity> ACTIVITY = new Schema<>("Activity", Activity::id, Activity::version,
            Activity::withVersion, a -> externalKeys(a.externalIds()));

    static final Schema<PropertyDefinitionId, PropertyDefinition> PROPERTY_DEFINITION = new Schema<>("PropertyDefinition",
            PropertyDefinition::id, PropertyDefinition::version, PropertyDefinition::withVersion,
            p -> Set.of(propertyKey(p.objectType(), p.key())));

    /** A tenant without data. */
    static final TenantState EMPTY = new TenantState(Table.empty(ACCOUNT), Table.empty(CONTACT), Table.empty(DEAL),
            Table.empty(PIPELINE), Table.empty(ACTIVITY), Table.empty(PROPERTY_DEFINITION), HistoryTable.EMPTY);

    /** Accounts. */
    static final TableRef<AccountId, Account> ACCOUNTS = new TableRef<>(TenantState::accounts,
            (s, t) -> new TenantState(t, s.contacts, s.deals, s.pipelines, s.activities, s.propertyDefinitions, s.history));

    /** Contacts. */
    static final TableRef<ContactId, Contact> CONTACTS = new TableRef<>(TenantState::contacts,
            (s, t) -> new TenantState(s.accounts, t, s.deals, s.pipelines, s.activities, s.propertyDefinitions, s.history));

    /** Deals; deleting one also deletes its stage history. */
    static final TableRef<DealId, Deal> DEALS = new TableRef<>(TenantState::deals,
            (s, t) -> new TenantState(s.accounts, s.contacts, t, s.pipelines, s.activities, s.propertyDefinitions, s.history),
            (s, id) -> s.withHistory(s.history.removeDeal(id)));

    /** Pipelines. */
    static final TableRef<PipelineId, Pipeline> PIPELINES = new TableRef<>(TenantState::pipelines,
            (s, t) -> new TenantState(s.accounts, s.contacts, s.deals, t, s.activities, s.propertyDefinitions, s.history));

    /** Activities. */
    static final TableRef<ActivityId, Activity> ACTIVITIES = new TableRef<>(TenantState::activities,
            (s, t) -> new TenantState(s.accounts, s.contacts, s.deals, s.pipelines, t, s.propertyDefinitions, s.history));

    /** Custom property definitions. */
    static final TableRef<PropertyDefinitionId, PropertyDefinition> PROPERTY_DEFINITIONS = new TableRef<>(
            TenantState::propertyDefinitions,
            (s, t) -> new TenantState(s.accounts, s.contacts, s.deals, s.pipelines, s.activities, t, s.history));

    /** This state with another stage history. */
    TenantState withHistory(HistoryTable newHistory) {
        return new TenantState(accounts, contacts, deals, pipelines, activities, propertyDefinitions, newHistory);
    }

    /** The unique key of an external id. */
    static UniqueKey externalKey(ExternalId externalId) {
        return new UniqueKey("externalId", externalId);
    }

    /** The unique key of a contact's primary email. */
    static UniqueKey primaryEmailKey(String matchKey) {
        return new UniqueKey("primaryEmail", matchKey);
    }

    /** The unique key of a property definition. */
    static UniqueKey propertyKey(dev.crmkit.core.model.shared.ObjectType objectType, String key) {
        // Object type names and property keys never contain ':', so the text is unambiguous.
        return new UniqueKey("key", objectType.name() + ":" + key);
    }

    private static Set<UniqueKey> externalKeys(Set<ExternalId> externalIds) {
        Set<UniqueKey> keys = new HashSet<>();
        externalIds.forEach(id -> keys.add(externalKey(id)));
        return keys;
    }

    private static Set<UniqueKey> contactKeys(Contact contact) {
        Set<UniqueKey> keys = externalKeys(contact.externalIds());
        contact.primaryEmail().ifPresent(email -> keys.add(primaryEmailKey(email.matchKey())));
        return keys;
    }
}
