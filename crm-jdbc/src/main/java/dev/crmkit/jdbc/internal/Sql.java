package dev.crmkit.jdbc.internal;

import java.util.Collections;

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

    /** {@code INSERT INTO table (columns) VALUES (?, ...)}. */
    static String insert(String table, String columnList) {
        return "INSERT INTO " + table + " (" + normalize(columnList) + ") VALUES (" + markers(count(columnList)) + ")";
    }

    /** A column list from a text block, on one line with single spaces. */
    static String normalize(String columnList) {
        return columnList.strip().replaceAll("\\s+", " ");
    }

    /** The column list as a list of names. */
    static java.util.List<String> names(String columnList) {
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
