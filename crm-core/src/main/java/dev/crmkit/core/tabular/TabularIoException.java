package dev.crmkit.core.tabular;

import dev.crmkit.core.error.CrmException;

import java.io.IOException;

/** The underlying {@link java.io.Reader} failed while tabular data was read from it. */
public class TabularIoException extends CrmException {
    private static final long serialVersionUID = 1L;

    /**
     * Wraps an I/O failure.
     *
     * @param message what was being done
     * @param cause   the failure
     */
    public TabularIoException(String message, IOException cause) {
        super(message, cause);
    }
}
