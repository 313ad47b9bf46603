package dev.crmkit.jdbc.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of a dynamic query and the binders of their values, kept in step. Conditions are the
 * store's own text (column names from allow-listed constants); every value goes through a binder.
 */
final class Where {
    private final StringBuilder sql = new StringBuilder();
    private final List<Session.Binder> binders = new ArrayList<>();

    /** Adds {@code AND condition}, whose markers {@code binder} fills. */
    Where and(String condition, Session.Binder binder) {
        sql.append(" AND ").append(condition);
        binders.add(binder);
        return this;
    }

    /** Adds {@code AND condition} without parameters. */
    Where and(String condition) {
        sql.append(" AND ").append(condition);
        return this;
    }

    /** The conditions, each starting with {@code AND}. */
    String sql() {
        return sql.toString();
    }

    /** Binds every value in order. */
    void bind(Params params) throws java.sql.SQLException {
        for (Session.Binder binder : binders) {
            binder.bind(params);
        }
    }

    /** A copy to extend with conditions that only some statements use (the keyset of a page, not its count). */
    Where copy() {
        Where copy = new Where();
        copy.sql.append(sql);
        copy.binders.addAll(binders);
        return copy;
    }
}
