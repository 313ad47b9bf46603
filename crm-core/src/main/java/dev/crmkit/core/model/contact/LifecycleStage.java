package dev.crmkit.core.model.contact;

/**
 * Where a contact stands in the funnel, in funnel order ({@link #OTHER} stands outside it). Names follow
 * HubSpot's lifecycle stages, which most marketing teams already use.
 */
public enum LifecycleStage {
    /** Signed up for content; not yet a lead. */
    SUBSCRIBER,
    /** Showed interest. */
    LEAD,
    /** Marketing qualified lead (MQL). */
    MARKETING_QUALIFIED,
    /** Sales qualified lead (SQL). */
    SALES_QUALIFIED,
    /** Has an open deal. */
    OPPORTUNITY,
    /** Has bought. */
    CUSTOMER,
    /** A customer who promotes the product. */
    EVANGELIST,
    /** Outside the funnel (a partner, a vendor). */
    OTHER;

    /** Whether this stage lies further down the funnel than {@code other} (never true for {@link #OTHER}). */
    public boolean isAfter(LifecycleStage other) {
        return this != OTHER && other != OTHER && ordinal() > other.ordinal();
    }
}
