package dev.crmkit.jdbc.internal;

import java.util.List;

/**
 * The condition that selects the rows after a keyset position: for sort keys {@code (a, b, id)} ascending,
 * {@code a > ? OR (a = ? AND (b > ? OR (b = ? AND id > ?)))}, written out so every database can use the
 * sort index. Keys are non-null here; nullable sort keys are handled by the caller. With several keys the
 * first one's bound is repeated on its own ({@code a >= ? AND (...)}): inside the {@code OR} H2 cannot use it
 * to start reading the index at the cursor, and would read every row before the cursor for each page, so a
 * walk through all pages would take time growing with the square of the rows. The page order is
 * {@link Where#orderBy}'s.
 */
final class Keyset {
    private Keyset() {
    }

    /** One sort key: its column expression and how to bind the cursor's value for it. */
    record Key(String column, Session.Binder binder) {
    }

    /** Adds the "after the cursor" condition for {@code keys} (in sort order) to {@code where}. */
    static void after(Where where, List<Key> keys, boolean descending) {
        String op = descending ? " < ?" : " > ?";
        StringBuilder condition = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            if (i == keys.size() - 1) {
                condition.append(key.column()).append(op);
            } else {
                condition.append('(').append(key.column()).append(op).append(" OR (").append(key.column()).append(" = ? AND ");
            }
        }
        condition.append(")".repeat(2 * (keys.size() - 1)));
        if (keys.size() > 1) {
            Key first = keys.get(0);
            where.and(first.column() + (descending ? " <= ?" : " >= ?"), first.binder());
        }
        where.and("(" + condition + ")", params -> {
            for (int i = 0; i < keys.size(); i++) {
                keys.get(i).binder().bind(params);
                if (i < keys.size() - 1) {
                    keys.get(i).binder().bind(params);
                }
            }
        });
    }
}
