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

    /** Throws when {@code value} is null, blank or longer than {@code maxLength}; returns it trimmed. */
    public static String requireText(String field, String value, int maxLength) {
        if (value == null) {
            throw new ValidationException(field, null, "is required");
        }
        String trimmed = value.strip();
        check(!trimmed.isEmpty(), field, value, "must not be blank");
        check(trimmed.length() <= maxLength, field, value, "must be at most " + maxLength + " characters");
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
