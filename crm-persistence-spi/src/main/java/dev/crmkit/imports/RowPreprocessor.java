package dev.crmkit.imports;

import dev.crmkit.core.tabular.TabularRecord;

/**
 * Rewrites a row before the mapping reads it: adds computed columns (a name built from an id, a price looked up
 * in another file) or fixes known quirks of a source. Importers for particular data sets use it; plain mapping
 * files do not need it. A {@link dev.crmkit.core.error.CrmException} thrown here rejects the row.
 */
@FunctionalInterface
public interface RowPreprocessor {
    /** Leaves rows as they are. */
    RowPreprocessor NONE = row -> row;

    /** The row the mapping reads. */
    TabularRecord apply(TabularRecord row);
}
