package dev.crmkit.internal;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.event.CrmEvent;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One open transaction of the façade: the unit of work, the settings, and the events the use cases run in it
 * have raised. The events are handed to listeners only after the store has committed.
 */
public final class TxContext {
    private final UnitOfWork uow;
    private final CrmSettings settings;
    private final List<CrmEvent> events = new ArrayList<>();
    private boolean closed;

    /** A context for an open unit of work. */
    public TxContext(UnitOfWork uow, CrmSettings settings) {
        this.uow = uow;
        this.settings = settings;
    }

    /** The unit of work; throws once the transaction has ended. */
    public UnitOfWork uow() {
        requireOpen();
        return uow;
    }

    /** The tenant of the transaction. */
    public TenantId tenant() {
        return uow.tenant();
    }

    /** The current moment of the configured clock. */
    public Instant now() {
        return settings.clock().instant();
    }

    /** A new typed id from the configured generator. */
    public <T> T newId(Function<UUID, T> wrapper) {
        return settings.ids().next(wrapper);
    }

    /** The settings. */
    public CrmSettings settings() {
        return settings;
    }

    /** Records an event to publish after commit. */
    public void publish(CrmEvent event) {
        requireOpen();
        events.add(event);
    }

    /** The recorded events, in the order they were raised. */
    public List<CrmEvent> events() {
        return List.copyOf(events);
    }

    /** Marks the transaction as ended; later use fails fast instead of touching a dead unit of work. */
    public void close() {
        closed = true;
    }

    /** Throws {@link IllegalStateException} when the transaction has ended. */
    public void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this CRM transaction has ended; use the façade outside inTransaction");
        }
    }
}
