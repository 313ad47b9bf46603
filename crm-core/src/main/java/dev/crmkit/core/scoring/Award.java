package dev.crmkit.core.scoring;

/** How an engagement rule turns matching events into points. */
public enum Award {
    /** The rule's points once, when at least {@code atLeast} events match (the default). */
    ONCE,
    /** The rule's points for every matching event, each decayed by its own age (usually with a rule cap). */
    EACH_EVENT
}
