package dev.crmkit.imports;

import dev.crmkit.core.tabular.TabularRecord;
import java.util.List;

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

    /** The columns {@link #apply} adds, which the file itself need not have (checked against the mapping). */
    default List<String> addedColumns() {
        return List.of();
    }

    /** A preprocessor that adds {@code columns}. */
    static RowPreprocessor adding(List<String> columns, java.util.function.UnaryOperator<TabularRecord> rewrite) {
        List<String> added = List.copyOf(columns);
        return new RowPreprocessor() {
            @Override
            public TabularRecord apply(TabularRecord row) {
                return rewrite.apply(row);
            }

            @Override
            public List<String> addedColumns() {
                return added;
            }
        };
    }
}
