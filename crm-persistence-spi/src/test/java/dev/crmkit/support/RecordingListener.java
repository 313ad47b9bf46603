package dev.crmkit.support;

import dev.crmkit.event.CrmEvent;
import dev.crmkit.event.CrmEventListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it receives. */
public final class RecordingListener implements CrmEventListener {
    private final List<CrmEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(CrmEvent event) {
        events.add(event);
    }

    public List<CrmEvent> events() {
        return List.copyOf(events);
    }

    /** The received events of one type, in order. */
    public <E extends CrmEvent> List<E> of(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The simple class names of the received events, in order. */
    public List<String> names() {
        return events.stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    public void clear() {
        events.clear();
    }
}
