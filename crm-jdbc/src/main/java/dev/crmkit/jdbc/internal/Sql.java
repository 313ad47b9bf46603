package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.util.Collections;
import java.util.List;

/** Small builders for the parts of SQL text that depend on a count. */
final class Sql {
    private Sql() {
    }

    /** {@code (?, ?, ?)} with {@code n} markers. */
    static String in(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        StringBuilder sql = new StringBuilder(n * 3 + 2).append('(');
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(')').toString();
    }

    /** {@code ?, ?, ?} with {@code n} markers. */
    static String markers(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** The number of comma-separated entries in a column list. */
    static int count(String columnList) {
        return columnList.split(",").length;
    }

    /**
     * The condition that the leading columns equal one bound value each and {@code key} is one of {@code n}
     * bound values, in the dialect's form (see {@link Dialect#keyListsAsRowValues()}); bind it with
     * {@link Params#keyIn}. The leading columns and the key must be the leading columns of one index, in its
     * order.
     */
    static String keyIn(Dialect dialect, List<String> leading, String key, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("a key list needs at least one key");
        }
        if (!dialect.keyListsAsRowValues()) {
            StringBuilder sql = new StringBuilder();
            for (String column : leading) {
                sql.append(column).append(" = ? AND ");
            }
            return sql.append(key).append(" IN ").append(in(n)).toString();
        }
        String row = "(" + "?, ".repeat(leading.size()) + "?)";
        StringBuilder sql = new StringBuilder("(").append(String.join(", ", leading)).append(", ").append(key)
                .append(") IN (");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.append(')').toString();
    }

    /** {@code INSERT INTO table (columns) VALUES (?, ...)}. */
    static String insert(String table, String columnList) {
        return "INSERT INTO " + table + " (" + normalize(columnList) + ") VALUES (" + markers(count(columnList)) + ")";
    }

    /** A column list from a text block, on one line with single spaces. */
    static String normalize(String columnList) {
        return columnList.strip().replaceAll("\\s+", " ");
    }

    /** The column list as a list of names. */
    static List<String> names(String columnList) {
        return java.util.Arrays.stream(columnList.split(",")).map(String::strip).toList();
    }

    /** Escapes {@code %}, {@code _} and the escape character itself for a {@code LIKE ... ESCAPE '!'} pattern. */
    static String likeLiteral(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                escaped.append('!');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
