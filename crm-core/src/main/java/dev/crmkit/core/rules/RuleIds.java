package dev.crmkit.core.rules;

/** The stable ids of the pipeline rules. UIs and tests match on these; they never change meaning. */
public final class RuleIds {
    /** The target stage is not a stage of the deal's pipeline. */
    public static final String STAGE_UNKNOWN = "stage.unknown";
    /** The deal is already in the target stage. */
    public static final String SAME_STAGE = "transition.same-stage";
    /** The pipeline's transition policy does not allow this move. */
    public static final String TRANSITION_NOT_ALLOWED = "transition.not-allowed";
    /** The deal is closed, the target stage is open, and the pipeline does not allow re-opening. */
    public static final String REOPEN_NOT_ALLOWED = "transition.reopen-not-allowed";
    /** A field the target stage requires is missing. */
    public static final String GATE_REQUIRED_FIELD = "gate.required-field";
    /** Closing as won needs a positive amount. */
    public static final String WON_NEEDS_AMOUNT = "close.won-needs-positive-amount";
    /** Closing as lost needs a lost reason. */
    public static final String LOST_NEEDS_REASON = "close.lost-needs-reason";
    /** An open deal cannot be forecast as CLOSED. */
    public static final String CLOSED_CATEGORY_ON_OPEN_DEAL = "forecast.closed-category-on-open-deal";
    /** A deal in a closed stage must have a close moment, an open one must not. */
    public static final String CLOSE_MOMENT = "deal.close-moment";
    /** A deal's stage history has no entries. */
    public static final String HISTORY_EMPTY = "history.empty";
    /** A stage history does not start with the creation entry (one without a from-stage). */
    public static final String HISTORY_NO_CREATION = "history.no-creation";
    /** A history entry does not leave the stage the previous entry entered. */
    public static final String HISTORY_BROKEN_CHAIN = "history.broken-chain";
    /** A stage history ends in another stage than the deal's current one. */
    public static final String HISTORY_FINAL_STAGE = "history.final-stage";

    private RuleIds() {
    }
}
