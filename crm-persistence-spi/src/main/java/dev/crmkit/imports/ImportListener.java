package dev.crmkit.imports;

import dev.crmkit.core.error.RuleViolation;
import java.util.List;

/**
 * Callbacks while an import runs, on the importing thread. Every method has an empty default, so a listener
 * implements only what it shows. A listener must not throw; an exception it throws ends the import.
 */
public interface ImportListener {
    /** A listener that ignores everything. */
    ImportListener NONE = new ImportListener() {
    };

    /** The header was read and checked; rows follow. */
    default void started(ImportProgress progress) {
    }

    /** A batch was stored (or rejected); counts are cumulative. */
    default void progress(ImportProgress progress) {
    }

    /**
     * A row was imported with warnings: a deal in an open stage whose gate is not satisfied (rule
     * {@code gate.required-field}). Import mirrors the source system, so such deals are kept.
     *
     * @param rowNumber  the 1-based data row number
     * @param violations the rules the stored deal does not satisfy
     */
    default void warning(long rowNumber, List<RuleViolation> violations) {
    }

    /** The import ended normally. */
    default void finished(ImportSummary summary) {
    }
}
