package dev.crmkit.imports;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.imports.mapping.ImportMapping;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One try at storing a batch in one transaction: the unit of work, the run's look-ups as seen from it, and what
 * the try decided per row. Its counts and decisions count only if the transaction commits.
 */
final class AttemptScope {
    final UnitOfWork uow;
    final ImportContext context;
    final ImportMapping mapping;
    final Instant now;
    final Resolver resolver;
    final PropertyCatalog.Attempt properties;
    final List<RowFailure> failures = new ArrayList<>();
    final List<RowWarning> warnings = new ArrayList<>();
    int inserted;
    int updated;

    AttemptScope(UnitOfWork uow, ImportContext context, ImportMapping mapping, Instant now, Lookups lookups,
                 PropertyCatalog catalog) {
        this.uow = uow;
        this.context = context;
        this.mapping = mapping;
        this.now = now;
        this.resolver = new Resolver(uow, lookups, context, now);
        this.properties = catalog.attempt(uow, context, now);
    }

    void reject(PendingRow row, CrmException error) {
        failures.add(RowFailure.of(row, error));
    }

    /** Stores what accepted rows need before the rows themselves: pipelines, accounts, property definitions. */
    void writeDependencies() {
        resolver.writePending();
        properties.write();
    }

    /** After the transaction committed. */
    void commit() {
        resolver.commit();
        properties.commit();
    }
}
