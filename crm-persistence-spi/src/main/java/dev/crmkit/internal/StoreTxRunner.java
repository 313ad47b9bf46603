package dev.crmkit.internal;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.event.CrmEvent;
import dev.crmkit.spi.CrmStore;
import java.util.List;
import java.util.function.Function;

/** Opens one store transaction per call and publishes the call's events once the store has committed. */
public final class StoreTxRunner implements TxRunner {
    private final CrmStore store;
    private final TenantId tenant;
    private final CrmSettings settings;
    private final EventDispatcher dispatcher;

    /** A runner opening transactions of {@code tenant} on {@code store}, publishing through {@code dispatcher}. */
    public StoreTxRunner(CrmStore store, TenantId tenant, CrmSettings settings, EventDispatcher dispatcher) {
        this.store = store;
        this.tenant = tenant;
        this.settings = settings;
        this.dispatcher = dispatcher;
    }

    @Override
    public <T> T call(Function<TxContext, T> work) {
        Object[] committedEvents = new Object[1];
        T result = store.inTransaction(tenant, uow -> {
            TxContext context = new TxContext(uow, settings);
            try {
                T value = work.apply(context);
                committedEvents[0] = context.events();
                return value;
            } finally {
                context.close();
            }
        });
        // Reached only when inTransaction returned normally, i.e. the store committed.
        @SuppressWarnings("unchecked")
        List<CrmEvent> events = (List<CrmEvent>) committedEvents[0];
        dispatcher.dispatch(events);
        return result;
    }
}
