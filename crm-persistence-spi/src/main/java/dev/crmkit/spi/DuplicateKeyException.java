package dev.crmkit.spi;

/**
 * A write would create a second record with a key that must be unique in the tenant: the same id, the
 * same primary email of a contact, the same external id (source and id) of a record, the same property key.
 */
public class DuplicateKeyException extends CrmStorageException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String key;

    public DuplicateKeyException(String kind, String key, Throwable cause) {
        super(kind + " already exists with " + key, false, cause);
        this.kind = kind;
        this.key = key;
    }

    public DuplicateKeyException(String kind, String key) {
        this(kind, key, null);
    }

    /** What kind of record, e.g. {@code Contact}. */
    public String kind() {
        return kind;
    }

    /** Which unique key clashed, e.g. {@code primaryEmail=ada@example.com}. */
    public String key() {
        return key;
    }
}
