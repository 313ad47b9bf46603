package dev.crmkit;

/**
 * Stable ids of the integrity rules the façade enforces on top of the pipeline rules of
 * {@link dev.crmkit.core.rules.RuleIds}; they appear in {@link dev.crmkit.core.error.RuleViolationException}s.
 */
public final class CrmRuleIds {
    /** A pipeline that still has deals cannot be deleted. */
    public static final String PIPELINE_IN_USE = "pipeline.in-use";
    /** A stage that still has deals cannot be removed from its pipeline. */
    public static final String STAGE_IN_USE = "pipeline.stage-in-use";
    /** A stage that has deals cannot switch between open and closed. */
    public static final String STAGE_KIND_IN_USE = "pipeline.stage-kind-in-use";

    /** Only a won or lost deal can be re-opened. */
    public static final String REOPEN_NOT_CLOSED = "transition.reopen-not-closed";
    /** Re-opening moves a deal to an open stage. */
    public static final String REOPEN_TARGET_NOT_OPEN = "transition.reopen-target-not-open";

    private CrmRuleIds() {
    }
}
