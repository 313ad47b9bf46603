package dev.crmkit.internal;

import dev.crmkit.core.error.ValidationException;
import java.util.Objects;
import java.util.function.Supplier;

/** Turns a host-filled entity builder into a record, with typed errors for what the host left out or set. */
public final class Drafts {
    private Drafts() {
    }

    /**
     * Builds the record. The generated builders report missing required attributes with an
     * {@link IllegalStateException} whose message ends in the attribute list ({@code [name, type]}); that is
     * turned into a {@link ValidationException} naming the first missing attribute.
     */
    public static <T> T build(String kind, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalStateException e) {
            String message = String.valueOf(e.getMessage());
            int open = message.lastIndexOf('[');
            int close = message.lastIndexOf(']');
            String field = open >= 0 && close > open + 1 ? message.substring(open + 1, close).split(",")[0].strip() : kind;
            ValidationException missing = new ValidationException(field, null, "is required to create a " + kind);
            missing.initCause(e);
            throw missing;
        }
    }

    /** Throws when the host set a field the façade assigns (id, timestamps, version). */
    public static void requireAssigned(String field, Object assigned, Object actual) {
        ValidationException.check(Objects.equals(assigned, actual), field, actual,
                "is assigned by the CRM façade; leave it unset when creating");
    }

    /** Throws when an update changed a field only the façade may change. */
    public static void requireUnchanged(String field, Object stored, Object given, String how) {
        ValidationException.check(Objects.equals(stored, given), field, given, "cannot be changed by update: " + how);
    }
}
