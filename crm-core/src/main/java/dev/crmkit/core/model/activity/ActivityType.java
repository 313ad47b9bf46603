package dev.crmkit.core.model.activity;

/** The kinds of activity. */
public enum ActivityType {
    /** A phone call. */
    CALL,
    /** An email sent or received. */
    EMAIL,
    /** A meeting. */
    MEETING,
    /** A note. */
    NOTE,
    /** A to-do with a due moment. */
    TASK
}
