package dev.crmkit.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * An H2 data source that measures how many rows each statement reads: before a prepared query, update or delete
 * runs, it runs the same statement with the same parameters as {@code EXPLAIN ANALYZE} (a data change inside a
 * savepoint that is rolled back) and records the sum of the plan's {@code scanCount}s. Batched statements
 * (inserts and upserts by primary key) are not measured.
 */
final class ScanCountingDataSource implements DataSource {
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    /** A measured statement: its SQL, the rows H2 read for it and the plan. */
    record Scan(String sql, long rows, String plan) {
    }

    private final DataSource target;
    private final List<Scan> scans = new CopyOnWriteArrayList<>();

    ScanCountingDataSource(DataSource target) {
        this.target = target;
    }

    /** What was measured since the last {@link #reset()}. */
    List<Scan> scans() {
        return List.copyOf(scans);
    }

    void reset() {
        scans.clear();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return measuring(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return measuring(target.getConnection(username, password));
    }

    private Connection measuring(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, connection, args);
                    if (method.getName().equals("prepareStatement") && args.length == 1) {
                        return measuring(connection, (String) args[0], (PreparedStatement) result);
                    }
                    return result;
                });
    }

    private PreparedStatement measuring(Connection connection, String sql, PreparedStatement statement) {
        List<Object[]> parameters = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                        parameters.add(new Object[] {method, args});
                    } else if (name.equals("clearParameters")) {
                        parameters.clear();
                    } else if ((name.equals("executeQuery") || name.equals("executeUpdate")) && (args == null || args.length == 0)
                            && !sql.strip().toUpperCase(Locale.ROOT).startsWith("INSERT")) {
                        measure(connection, sql, parameters);
                    }
                    return invoke(method, statement, args);
                });
    }

    private void measure(Connection connection, String sql, List<Object[]> parameters) throws SQLException {
        boolean changesData = !sql.strip().toUpperCase(Locale.ROOT).startsWith("SELECT");
        Savepoint savepoint = changesData && !connection.getAutoCommit() ? connection.setSavepoint() : null;
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (Object[] call : parameters) {
                invoke((Method) call[0], explain, (Object[]) call[1]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            long read = 0;
            Matcher counts = SCAN_COUNT.matcher(plan);
            while (counts.find()) {
                read += Long.parseLong(counts.group(1));
            }
            scans.add(new Scan(sql, read, plan.toString()));
        } catch (SQLException e) {
            throw e;
        } catch (Throwable e) {
            throw new SQLException("cannot replay the parameters of " + sql, e);
        } finally {
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
        }
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
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
