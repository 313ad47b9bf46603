package dev.crmkit.imports;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.ContactRepository;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.UnitOfWork;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A store that delegates to another but lets a test fail the contacts' bulk upsert (as a store that finds a
 * clash only when writing would) and counts transactions.
 */
final class FaultyStore implements CrmStore {
    private final CrmStore delegate;
    private final Consumer<List<?>> onUpsert;
    final AtomicInteger transactions = new AtomicInteger();

    FaultyStore(CrmStore delegate, Consumer<List<?>> onUpsert) {
        this.delegate = delegate;
        this.onUpsert = onUpsert;
    }

    @Override
    public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
        transactions.incrementAndGet();
        return delegate.inTransaction(tenant, uow -> work.apply(wrap(uow)));
    }

    private UnitOfWork wrap(UnitOfWork uow) {
        return proxy(UnitOfWork.class, uow, (proxy, method, args) -> {
            Object result = invoke(uow, method, args);
            return method.getName().equals("contacts") ? wrap((ContactRepository) result) : result;
        });
    }

    private ContactRepository wrap(ContactRepository contacts) {
        return proxy(ContactRepository.class, contacts, (proxy, method, args) -> {
            if (method.getName().equals("upsertAllByExternalId")) {
                onUpsert.accept((List<?>) args[1]);
            }
            return invoke(contacts, method, args);
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
