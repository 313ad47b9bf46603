package dev.crmkit.core.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An operation broke one or more business rules. Carries all of them, so a UI can show every problem
 * at once instead of one per attempt.
 */
public class RuleViolationException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleViolation> violations;

    public RuleViolationException(List<RuleViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rule violation needs at least one violated rule");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every violated rule, in the order the rules were checked. Never empty. */
    public List<RuleViolation> violations() {
        return violations;
    }

    /** Whether a rule with this id is among the violations. */
    public boolean violates(String ruleId) {
        return violations.stream().anyMatch(v -> v.ruleId().equals(ruleId));
    }

    private static String describe(List<RuleViolation> violations) {
        return violations.size() + " rule(s) violated: "
                + violations.stream().map(RuleViolation::toString).collect(Collectors.joining("; "));
    }
}
