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
 * An H2 data source that, before each query a prepared statement runs, runs the same statement with the same
 * bound values as {@code EXPLAIN ANALYZE} and keeps H2's plan: so a test measures the store's own statements,
 * exactly as the store writes and binds them, by the rows H2 scanned for them.
 */
final class ExplainingDataSource extends ForwardingDataSource {
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private final List<Explained> explained = new CopyOnWriteArrayList<>();

    ExplainingDataSource(DataSource target) {
        super(target);
    }

    /** A query the store ran: its SQL, H2's analyzed plan and the rows H2 scanned for it. */
    record Explained(String sql, String plan, int scanned) {
    }

    /** Every query run since the last {@link #reset()}, in order. */
    List<Explained> explained() {
        return List.copyOf(explained);
    }

    void reset() {
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
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < setters.size(); i++) {
                invoke(setters.get(i), explain, values.get(i));
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                String text = plan.getString(1);
                explained.add(new Explained(sql, text, scanned(text)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(ExplainingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
