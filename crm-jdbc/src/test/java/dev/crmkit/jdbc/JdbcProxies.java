package dev.crmkit.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** Dynamic proxies over JDBC interfaces, for test data sources that watch or break their connections. */
final class JdbcProxies {
    private JdbcProxies() {
    }

    /** A proxy of {@code type} whose every call goes to {@code handler}. */
    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(JdbcProxies.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** Calls {@code method} on {@code target}, throwing what the method threw rather than its reflection wrapper. */
    static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
