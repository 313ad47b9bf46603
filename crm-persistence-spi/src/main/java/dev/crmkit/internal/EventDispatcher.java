package dev.crmkit.internal;

import dev.crmkit.event.CrmEvent;
import dev.crmkit.event.CrmEventListener;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers committed events to the registered listeners, in order, on the calling thread. A listener that
 * throws is logged and skipped: the transaction has committed and must not look failed to the caller.
 */
public final class EventDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final List<CrmEventListener> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; it receives events of transactions that commit from now on. */
    public void add(CrmEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener; returns whether it was registered. */
    public boolean remove(CrmEventListener listener) {
        return listeners.remove(listener);
    }

    /** Delivers each event to every listener, events in order, listeners in registration order. */
    public void dispatch(List<CrmEvent> events) {
        for (CrmEvent event : events) {
            for (CrmEventListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.error("CRM event listener {} failed on {} of tenant {}; the transaction stays committed",
                            listener, event.getClass().getSimpleName(), event.tenant(), e);
                }
            }
        }
    }
}
