package dev.crmkit.jdbc;

import java.lang.reflect.InvocationHandler;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * A data source whose connections record the SQL of every statement they prepare or create, so tests can
 * count round trips (one prepared statement per query or batch).
 */
final class CountingDataSource extends ForwardingDataSource {
    private final List<String> statements = new CopyOnWriteArrayList<>();

    CountingDataSource(DataSource target) {
        super(target);
    }

    /** The SQL of every statement prepared since the last {@link #reset()}. */
    List<String> statements() {
        return List.copyOf(statements);
    }

    int count() {
        return statements.size();
    }

    void reset() {
        statements.clear();
    }

    @Override
    protected Connection wrap(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                statements.add((String) args[0]);
            } else if (name.equals("createStatement")) {
                statements.add("<statement>");
            }
            return JdbcProxies.invoke(method, connection, args);
        };
        return JdbcProxies.proxy(Connection.class, handler);
    }
}
