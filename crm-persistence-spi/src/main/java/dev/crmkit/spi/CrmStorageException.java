package dev.crmkit.spi;

import dev.crmkit.core.error.CrmException;

/**
 * A storage operation failed. {@link #isTransient()} tells whether retrying the whole unit of work can
 * succeed (deadlock, serialization failure, lost connection); a store sets it from the database's error
 * code, never from the message text.
 */
public class CrmStorageException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    public CrmStorageException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public CrmStorageException(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    @Override
    public boolean isTransient() {
        return transientFailure;
    }
}
