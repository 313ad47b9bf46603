package dev.crmkit.core.error;

import java.util.Objects;

/**
 * One broken business rule.
 *
 * @param ruleId  a stable identifier (e.g. {@code gate.required-field}) that UIs and tests can match on
 * @param field   the field the rule is about (e.g. {@code amount}), or {@code stage} for transition rules
 * @param message a human-readable explanation
 */
public record RuleViolation(String ruleId, String field, String message) {
    public RuleViolation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return ruleId + " [" + field + "]: " + message;
    }
}
