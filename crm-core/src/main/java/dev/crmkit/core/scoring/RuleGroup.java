package dev.crmkit.core.scoring;

/** The two groups of rules in a {@link ScoringModel}. */
public enum RuleGroup {
    /** Who the lead is: contact and account properties. Fit points do not decay. */
    FIT,
    /** What the lead did: engagement events with a timestamp. Engagement points may decay. */
    ENGAGEMENT
}
