package dev.crmkit.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that models a process killed in the middle of its work. Its connections come straight from the
 * driver (no pool, so nothing survives them: PostgreSQL's and MariaDB's session locks die with them) and run
 * normally until the {@code limit}-th statement has run. Right after it, every connection it opened is closed, so
 * the server rolls back their open transactions and drops their locks exactly as it does when a client dies, and
 * that call, and every later call on any of them, throws {@link Killed}: an {@link Error}, which no code under
 * test catches. The runner's {@code finally} blocks still run, but nothing they try reaches the database.
 * Counting covers every {@code execute*} call on every statement of every connection, the lock's included.
 *
 * <p>Not thread-safe: one starting store at a time.
 */
final class KillSwitchDataSource implements DataSource, AutoCloseable {
    /** A limit no migration reaches: the data source only records. */
    static final int NEVER = Integer.MAX_VALUE;

    private final String url;
    private final int limit;
    private final List<String> executed = new ArrayList<>();
    private final List<Connection> opened = new ArrayList<>();
    private boolean killed;

    /** What the "killed" process sees: the call that was running when it died never returns. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed(String message) {
            super(message);
        }
    }

    /** @param limit how many statements run before the kill ({@link #NEVER}: none) */
    KillSwitchDataSource(String url, int limit) {
        this.url = url;
        this.limit = limit;
    }

    /** The SQL of every statement run so far, in order (the statement that triggered the kill included). */
    List<String> executed() {
        return List.copyOf(executed);
    }

    boolean killed() {
        return killed;
    }

    @Override
    public Connection getConnection() throws SQLException {
        requireAlive();
        Connection physical = DriverManager.getConnection(url);
        opened.add(physical);
        return JdbcProxies.proxy(Connection.class, (proxy, method, args) -> {
            requireAlive();
            Object result = JdbcProxies.invoke(method, physical, args);
            if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                String sql = method.getName().startsWith("prepare") ? (String) args[0] : null;
                return JdbcProxies.proxy(method.getReturnType(), (p, m, a) -> execute(statement, sql, m, a));
            }
            return result;
        });
    }

    private Object execute(Statement statement, String preparedSql, Method method, Object[] args) throws Throwable {
        requireAlive();
        if (!method.getName().startsWith("execute")) {
            return JdbcProxies.invoke(method, statement, args);
        }
        String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
        executed.add(sql);
        try {
            return JdbcProxies.invoke(method, statement, args);
        } finally {
            if (executed.size() >= limit) {
                kill();
            }
        }
    }

    private void kill() {
        killed = true;
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already gone: all the kill needs
            }
        }
        throw new Killed("killed after statement " + executed.size() + ": " + executed.get(executed.size() - 1));
    }

    private void requireAlive() {
        if (killed) {
            throw new Killed("the process was killed");
        }
    }

    /** Closes the connections a run without a kill left open (a store closes what it takes; this is a safety net). */
    @Override
    public void close() {
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the URL carries the credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
