package dev.crmkit.core.error;

import java.util.Objects;

/**
 * A value was rejected: it names the field, the value that was rejected and the reason.
 * Thrown by every constructor and builder of the model, so nothing invalid can be built.
 */
public class ValidationException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Object rejectedValue;
    private final String reason;

    public ValidationException(String field, Object rejectedValue, String reason) {
        super(field + ": " + reason + (rejectedValue == null ? "" : " (rejected value: " + abbreviate(rejectedValue) + ")"));
        this.field = Objects.requireNonNull(field, "field");
        this.rejectedValue = rejectedValue;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Throws when {@code condition} is false. */
    public static void check(boolean condition, String field, Object rejectedValue, String reason) {
        if (!condition) {
            throw new ValidationException(field, rejectedValue, reason);
        }
    }

    /**
     * Throws when {@code value} holds a UTF-16 surrogate that is not half of a pair: such a string is not
     * Unicode text, and the PostgreSQL and MariaDB drivers would silently store {@code ?} in its place, so the
     * value read back would differ from the value written.
     */
    public static void requireWellFormed(String field, String value) {
        check(isWellFormed(value), field, value, "contains an unpaired UTF-16 surrogate (not Unicode text)");
    }

    private static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Throws when {@code value} is null, blank, longer than {@code maxLength} or not well-formed Unicode
     * ({@link #requireWellFormed}); returns it trimmed.
     */
    public static String requireText(String field, String value, int maxLength) {
        if (value == null) {
            throw new ValidationException(field, null, "is required");
        }
        String trimmed = value.strip();
        check(!trimmed.isEmpty(), field, value, "must not be blank");
        check(trimmed.length() <= maxLength, field, value, "must be at most " + maxLength + " characters");
        requireWellFormed(field, trimmed);
        return trimmed;
    }

    /** The field (a property path such as {@code amount} or {@code stages[2].key}). */
    public String field() {
        return field;
    }

    /** The value that was rejected, or {@code null} when it was missing. */
    public Object rejectedValue() {
        return rejectedValue;
    }

    /** Why the value was rejected, in words a user can read. */
    public String reason() {
        return reason;
    }

    /** This exception with its field prefixed, e.g. {@code row 12: email}. */
    public ValidationException withFieldPrefix(String prefix) {
        ValidationException wrapped = new ValidationException(prefix + field, rejectedValue, reason);
        wrapped.initCause(this);
        return wrapped;
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 80 ? "'" + text + "'" : "'" + text.substring(0, 77) + "...'";
    }
}
