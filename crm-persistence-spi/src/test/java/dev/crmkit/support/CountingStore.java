package dev.crmkit.support;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.UnitOfWork;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** Wraps a store and counts every repository call by "Repository.method", to prove the absence of N+1 reads. */
public final class CountingStore implements CrmStore {
    private final CrmStore delegate;
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

    public CountingStore(CrmStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
        return delegate.inTransaction(tenant, uow -> work.apply(wrap(UnitOfWork.class, uow, false)));
    }

    /** Repository calls made since the last reset. */
    public long total() {
        return calls.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Calls of one "Repository.method". */
    public long calls(String name) {
        AtomicLong count = calls.get(name);
        return count == null ? 0 : count.get();
    }

    public Map<String, AtomicLong> snapshot() {
        return Map.copyOf(calls);
    }

    public void reset() {
        calls.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> T wrap(Class<T> type, T target, boolean count) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (count && method.getDeclaringClass() != Object.class) {
                calls.computeIfAbsent(type.getSimpleName() + "." + method.getName(), k -> new AtomicLong()).incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (!count && result != null && method.getReturnType().isInterface()
                    && method.getReturnType().getSimpleName().endsWith("Repository")) {
                return wrap((Class<Object>) method.getReturnType(), result, true);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
