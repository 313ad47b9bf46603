package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.ForwardingDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A data source that, before each query a prepared statement runs, runs the same statement with the same bound
 * values under an {@code EXPLAIN} prefix and keeps the database's plan: so a test judges the store's own
 * statements, exactly as the store writes and binds them. On H2 ({@code EXPLAIN ANALYZE}) the plan also tells
 * how many rows H2 scanned; on MariaDB ({@code EXPLAIN}) it holds each table's row of the plan, {@code Extra}
 * included.
 */
public final class ExplainingDataSource extends ForwardingDataSource {
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private final List<Explained> explained = new CopyOnWriteArrayList<>();

    private final String explainPrefix;

    /** Explains with H2's {@code EXPLAIN ANALYZE}. */
    ExplainingDataSource(DataSource target) {
        this(target, "EXPLAIN ANALYZE ");
    }

    /** Explains with {@code explainPrefix} put before each query ({@code "EXPLAIN "} for MariaDB). */
    public ExplainingDataSource(DataSource target, String explainPrefix) {
        super(target);
        this.explainPrefix = explainPrefix;
    }

    /**
     * A query the store ran: its SQL, the plan (every row, columns separated by {@code " | "}, rows by new
     * lines) and, on H2, the rows H2 scanned for it.
     */
    public record Explained(String sql, String plan, int scanned) {
    }

    /** Every query run since the last {@link #reset()}, in order. */
    public List<Explained> explained() {
        return List.copyOf(explained);
    }

    public void reset() {
        explained.clear();
    }

    /** The rows H2 scanned: the sum of every table's (and subquery's) scan count in an analyzed plan. */
    static int scanned(String plan) {
        Matcher counts = SCAN_COUNT.matcher(plan);
        int total = 0;
        while (counts.find()) {
            total += Integer.parseInt(counts.group(1));
        }
        return total;
    }

    @Override
    protected Connection wrap(Connection connection) {
        return proxy(Connection.class, (proxy, method, args) -> {
            Object result = invoke(method, connection, args);
            if (method.getName().equals("prepareStatement") && args.length == 1) {
                return recording(connection, (String) args[0], (PreparedStatement) result);
            }
            return result;
        });
    }

    /** A statement that remembers its parameter calls, to replay them on the {@code EXPLAIN ANALYZE} copy. */
    private PreparedStatement recording(Connection connection, String sql, PreparedStatement statement) {
        List<Method> setters = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        return proxy(PreparedStatement.class, (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                setters.add(method);
                values.add(args);
            } else if (name.equals("clearParameters")) {
                setters.clear();
                values.clear();
            } else if (name.equals("executeQuery") && args == null) {
                explain(connection, sql, setters, values);
            }
            return invoke(method, statement, args);
        });
    }

    private void explain(Connection connection, String sql, List<Method> setters, List<Object[]> values) throws Throwable {
        try (PreparedStatement explain = connection.prepareStatement(explainPrefix + sql)) {
            for (int i = 0; i < setters.size(); i++) {
                invoke(setters.get(i), explain, values.get(i));
            }
            StringBuilder text = new StringBuilder();
            try (ResultSet plan = explain.executeQuery()) {
                int columns = plan.getMetaData().getColumnCount();
                while (plan.next()) {
                    for (int column = 1; column <= columns; column++) {
                        text.append(column == 1 ? "" : " | ").append(plan.getString(column));
                    }
                    text.append('\n');
                }
            }
            explained.add(new Explained(sql, text.toString(), scanned(text.toString())));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(ExplainingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
