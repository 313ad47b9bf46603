/**
 * The {@link dev.crmkit.Crm} façade: CRM use cases over any {@link dev.crmkit.spi.CrmStore}, each one
 * transaction, validated with the rules of {@code crm-core}, publishing domain events after commit.
 *
 * <p>Entry points: {@code Crm.builder().store(store).build()}, then {@link dev.crmkit.Crm#tenant} (or
 * {@link dev.crmkit.Crm#defaultTenant()}) for a {@link dev.crmkit.CrmTenant}, whose services
 * ({@link dev.crmkit.Accounts}, {@link dev.crmkit.Contacts}, {@link dev.crmkit.Deals},
 * {@link dev.crmkit.Activities}, {@link dev.crmkit.Pipelines}, {@link dev.crmkit.PropertyDefinitions},
 * {@link dev.crmkit.Timelines}, {@link dev.crmkit.Duplicates}, {@link dev.crmkit.Privacy}) hold the use cases.
 *
 * <h2>Transactions</h2>
 * Every method of a tenant's services runs in its own transaction: it commits when the method returns and
 * rolls back when it throws. {@link dev.crmkit.CrmTenant#inTransaction} runs several use cases in one
 * transaction. Events are delivered only after the commit.
 *
 * <h2>Errors</h2>
 * {@link dev.crmkit.core.error.ValidationException} for bad input (naming the field),
 * {@link dev.crmkit.core.error.RuleViolationException} for broken pipeline or integrity rules (all of them at
 * once), {@link dev.crmkit.core.error.NotFoundException} for a missing record the call names,
 * {@link dev.crmkit.spi.VersionConflictException} for a stale version, and the store's other
 * {@link dev.crmkit.spi.CrmStorageException}s unchanged.
 */
package dev.crmkit;
