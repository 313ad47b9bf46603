/**
 * The technology compatibility kit of the storage SPI, shipped as the {@code crm-persistence-spi} test-jar: a
 * store is correct when it passes every contract here. A store's test extends
 * {@link dev.crmkit.spi.tck.CrmStoreContract} and says how to get an empty store
 * ({@link dev.crmkit.spi.tck.CrmStoreFixture}); each contract class can also be extended on its own.
 *
 * <p>The TCK writes only referentially intact data: every record a record refers to (pipeline, account,
 * contact, deal) exists before it is referenced and is not deleted while referenced, except that deleting a
 * deal deletes its stage history. So a store may, but need not, enforce foreign keys. Instants are generated
 * with microsecond precision; a store must keep at least that. An exception expected from a store is always
 * let out of {@code inTransaction}, and the unit of work is not used after it: stores whose database aborts
 * a transaction after a failed statement pass.
 */
package dev.crmkit.spi.tck;
