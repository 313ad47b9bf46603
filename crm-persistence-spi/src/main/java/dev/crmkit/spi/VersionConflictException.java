package dev.crmkit.spi;

/**
 * An update or delete named a version that is no longer current: someone else changed or deleted the
 * record since it was read. Re-read and retry (see {@code Crm.retrying}); not {@link #isTransient()}
 * because repeating the same write with the same stale version can never succeed.
 */
public class VersionConflictException extends CrmStorageException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;
    private final long expectedVersion;

    public VersionConflictException(String kind, Object id, long expectedVersion) {
        super(kind + " " + id + " was changed or deleted concurrently (expected version " + expectedVersion + ")", false);
        this.kind = kind;
        this.id = String.valueOf(id);
        this.expectedVersion = expectedVersion;
    }

    /** What kind of record, e.g. {@code Deal}. */
    public String kind() {
        return kind;
    }

    /** The record's id. */
    public String id() {
        return id;
    }

    /** The version the caller expected to be current. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
