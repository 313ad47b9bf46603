/**
 * The storage contract of CRMKit: {@link dev.crmkit.spi.CrmStore} opens tenant-scoped units of work that
 * hand out one repository per aggregate; queries are keyset-paged; aggregations for the pipeline board and
 * forecasts are repository queries so SQL stores push them down to {@code GROUP BY}.
 *
 * <h2>Stability promise</h2>
 * Within a major version, methods are only added to these interfaces as {@code default} methods (so a host's
 * store keeps compiling) and the documented semantics of existing methods do not change. Query value types
 * may gain optional attributes; a store that does not know an attribute must reject a query that sets it
 * rather than ignore it. A store is correct when it passes the TCK of the same version
 * ({@code crm-persistence-spi} test-jar, package {@code dev.crmkit.spi.tck}).
 *
 * <h2>Transactions</h2>
 * Repositories exist only inside {@link dev.crmkit.spi.CrmStore#inTransaction}: everything done through one
 * {@link dev.crmkit.spi.UnitOfWork} commits together when the function returns, or rolls back together when
 * it throws. Uncommitted changes are invisible to other units of work; reads inside a unit of work see its own
 * writes. A repository must not be used after its unit of work has ended.
 *
 * <h2>Errors</h2>
 * All storage failures are unchecked {@link dev.crmkit.spi.CrmStorageException}s:
 * {@link dev.crmkit.spi.VersionConflictException} for a stale version,
 * {@link dev.crmkit.spi.DuplicateKeyException} for a unique-key clash,
 * {@link dev.crmkit.core.error.NotFoundException} where a method needs an existing record, and
 * {@link dev.crmkit.core.error.CrmException#isTransient()} tells whether a retry can help.
 */
package dev.crmkit.spi;
