package dev.crmkit.core.scoring;

import java.math.BigDecimal;

/**
 * How one rule that fired contributed to a {@link LeadScore}, step by step (see
 * {@link CompiledScoringModel} for the steps). All amounts have two decimals; the {@link #points()} of a
 * score's lines add up exactly to its total.
 *
 * @param ruleId        the rule's id
 * @param group         the rule's group
 * @param description   the rule's description (or its condition's)
 * @param matchedEvents engagement rules: the matching events within the window; fit rules: 0
 * @param rawPoints     the rule's points (times the matching events for {@link Award#EACH_EVENT})
 * @param decayedPoints after decay, rounded half-even to hundredths (equal to raw for fit rules)
 * @param afterRuleCap  after the rule's cap
 * @param afterGroupCap after the group's cap
 * @param points        after the total cap: what the rule adds to the score
 */
public record ScoreLine(String ruleId, RuleGroup group, String description, int matchedEvents, BigDecimal rawPoints,
                        BigDecimal decayedPoints, BigDecimal afterRuleCap, BigDecimal afterGroupCap, BigDecimal points) {
}
