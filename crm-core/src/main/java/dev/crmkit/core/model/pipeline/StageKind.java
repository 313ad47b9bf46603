package dev.crmkit.core.model.pipeline;

/** Whether a stage is still in play or closes the deal. */
public enum StageKind {
    /** The deal is in progress. */
    OPEN,
    /** The deal was won (closed). */
    WON,
    /** The deal was lost (closed). */
    LOST;

    /** Whether a deal in this stage is closed. */
    public boolean isClosed() {
        return this != OPEN;
    }
}
