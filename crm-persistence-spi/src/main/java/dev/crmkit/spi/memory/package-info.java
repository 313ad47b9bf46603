/**
 * {@link dev.crmkit.spi.memory.InMemoryCrmStore}: the in-memory reference implementation of the storage SPI,
 * with snapshot-isolated, optimistic transactions. Everything but the store class is an implementation detail.
 */
package dev.crmkit.spi.memory;
