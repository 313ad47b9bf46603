package dev.crmkit.core.error;

/**
 * Root of every exception CRMKit throws on purpose. Unchecked: callers catch the subclasses they can
 * handle and let the rest propagate.
 */
public class CrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CrmException(String message) {
        super(message);
    }

    public CrmException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether retrying the same operation may succeed (a deadlock, a serialization failure, a lost
     * connection, a version conflict after re-reading). Validation and rule failures are never transient.
     *
     * @return {@code true} when a retry can help
     */
    public boolean isTransient() {
        return false;
    }
}
