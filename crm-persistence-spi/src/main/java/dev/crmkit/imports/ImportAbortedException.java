package dev.crmkit.imports;

import dev.crmkit.core.error.CrmException;

/**
 * The import could not go on: the file's structure is broken beyond one row (an unterminated quote, an
 * over-long field, bytes invalid in the file's encoding, a missing header or mapped column), a custom property
 * the mapping needs is not defined, or the store kept failing. Rows stored before the failure stay stored
 * (each batch commits on its own), and importing the fixed file again is safe because rows are matched by
 * external id. {@link #summary()} tells what was done; the cause is the typed error behind it.
 */
public class ImportAbortedException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final transient ImportSummary summary;

    /**
     * Creates the exception.
     *
     * @param message what went wrong and where
     * @param summary what was done before
     * @param cause   the typed error
     */
    public ImportAbortedException(String message, ImportSummary summary, CrmException cause) {
        super(message, cause);
        this.summary = summary;
    }

    /** What the import did before it stopped. */
    public ImportSummary summary() {
        return summary;
    }

    @Override
    public synchronized CrmException getCause() {
        return (CrmException) super.getCause();
    }

    @Override
    public boolean isTransient() {
        return getCause().isTransient();
    }
}
