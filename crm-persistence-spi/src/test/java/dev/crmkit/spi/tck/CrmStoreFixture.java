package dev.crmkit.spi.tck;

import dev.crmkit.spi.CrmStore;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the TCK gets a store to test. {@link #reset()} is called before every test (and before every example
 * of a property test), so one fixture can serve a whole test class: an SQL store creates its schema once and
 * empties its tables in {@code reset()}.
 */
public interface CrmStoreFixture extends AutoCloseable {

    /** The store under test; after {@link #reset()} it holds no data in any tenant. */
    CrmStore store();

    /** Removes all data of every tenant (or replaces the store by an empty one). */
    void reset();

    /** Releases the store; the default closes it. */
    @Override
    default void close() {
        store().close();
    }

    /**
     * A fixture that replaces its store by a new one from {@code factory} on every reset, closing the old one:
     * right for stores that are cheap to create, such as in-memory ones.
     */
    static CrmStoreFixture recreating(Supplier<? extends CrmStore> factory) {
        Objects.requireNonNull(factory, "factory");
        return new CrmStoreFixture() {
            private CrmStore store = factory.get();

            @Override
            public synchronized CrmStore store() {
                return store;
            }

            @Override
            public synchronized void reset() {
                store.close();
                store = factory.get();
            }
        };
    }
}
