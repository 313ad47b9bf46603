package dev.crmkit.internal;

import dev.crmkit.core.error.ValidationException;
import java.util.Objects;

/**
 * Checks on host-filled drafts and updates. Missing required values need no check here: the model's builders
 * throw {@link dev.crmkit.core.error.MissingValueException} naming them.
 */
public final class Drafts {
    private Drafts() {
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
