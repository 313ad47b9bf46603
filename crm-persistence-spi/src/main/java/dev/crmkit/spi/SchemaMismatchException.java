package dev.crmkit.spi;

/** The database schema is not the one this version of the store expects (missing or unknown migrations). */
public class SchemaMismatchException extends CrmStorageException {
    private static final long serialVersionUID = 1L;

    public SchemaMismatchException(String message) {
        super(message, false);
    }
}
