package dev.crmkit.event;

/**
 * Receives the façade's domain events after their transaction has committed, on the thread that ran the use
 * case. A listener that throws is logged (SLF4J, logger {@code dev.crmkit.internal.EventDispatcher}) and the
 * remaining listeners still receive the event; the committed transaction is not affected. A listener may
 * call the façade again: that opens a new, independent transaction.
 */
@FunctionalInterface
public interface CrmEventListener {

    /** Handles one committed event. */
    void onEvent(CrmEvent event);
}
