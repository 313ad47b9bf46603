package dev.crmkit.examples.web;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.model.shared.DealId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a deal action, kept for the page a form POST redirects to: the broken rules to show next to
 * the deal's card, or a notice of what changed.
 *
 * @param deal       the deal the action was about
 * @param violations every broken rule, in the order the façade reported them; empty on success
 * @param notice     what happened, e.g. "Moved Rollout to Contract Sent"
 */
record Flash(DealId deal, List<RuleViolation> violations, Optional<String> notice) {
    Flash {
        Objects.requireNonNull(deal, "deal");
        violations = List.copyOf(violations);
        Objects.requireNonNull(notice, "notice");
    }

    static Flash failed(DealId deal, List<RuleViolation> violations) {
        return new Flash(deal, violations, Optional.empty());
    }

    static Flash done(DealId deal, String notice) {
        return new Flash(deal, List.of(), Optional.of(notice));
    }
}
