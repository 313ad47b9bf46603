package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one {@link RuleGroup} with the group's settings.
 *
 * @param cap   the most points the group's rules add up to; not negative (penalties are never cut by it)
 * @param decay engagement group only: the decay of every rule that sets none itself (no decay when absent)
 * @param rules the rules, in the order breakdowns list them
 */
public record RuleSet(Optional<BigDecimal> cap, Optional<Decay> decay, List<ScoringRule> rules) {
    /** A group without rules. */
    public static final RuleSet EMPTY = new RuleSet(Optional.empty(), Optional.empty(), List.of());

    public RuleSet {
        cap = cap == null ? Optional.empty() : cap.map(c -> Points.nonNegative("cap", c));
        decay = decay == null ? Optional.empty() : decay;
        List<ScoringRule> copy = new ArrayList<>();
        if (rules != null) {
            for (int i = 0; i < rules.size(); i++) {
                ValidationException.check(rules.get(i) != null, "rules[" + i + "]", null, "is required");
                copy.add(rules.get(i));
            }
        }
        rules = Collections.unmodifiableList(copy);
    }
}
