package dev.crmkit.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections record the SQL of every statement they prepare or create, so tests can
 * count round trips (one prepared statement per query or batch).
 */
final class CountingDataSource implements DataSource {
    private final DataSource target;
    private final List<String> statements = new CopyOnWriteArrayList<>();

    CountingDataSource(DataSource target) {
        this.target = target;
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
    public Connection getConnection() throws SQLException {
        return counting(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counting(target.getConnection(username, password));
    }

    private Connection counting(Connection connection) {
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

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
