package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.sql.SQLException;

/**
 * "Starts with this text", matched literally, on columns the store lower-cases in Java: {@code LIKE 'text%'}
 * with the text's wildcards escaped, or, where the database's {@code LIKE} misses matches
 * ({@link Dialect#likeFindsEveryPrefixMatch()}), the range of text that starts with it: from the text up to
 * the text with its last code point incremented (both bound values, so nothing in them is a wildcard).
 *
 * @param prefix the text, lower-cased as the columns are
 * @param like   whether to match with {@code LIKE}
 * @param next   for a range, the least text greater than every text that starts with the prefix; null when
 *               there is none (or with {@code LIKE})
 */
record PrefixMatch(String prefix, boolean like, String next) {

    /** A match of {@code prefix}, which is already lower-cased as the columns are. */
    static PrefixMatch of(Dialect dialect, String prefix) {
        boolean like = dialect.likeFindsEveryPrefixMatch();
        return new PrefixMatch(prefix, like, like ? null : next(prefix));
    }

    /** The condition on one column; bind its values with {@link #bind}. */
    String on(String column) {
        if (like) {
            return column + " LIKE ? ESCAPE '!'";
        }
        return next == null ? column + " >= ?" : "(" + column + " >= ? AND " + column + " < ?)";
    }

    /** Binds the values of one {@link #on} condition. */
    Params bind(Params params) throws SQLException {
        if (like) {
            return params.string(Sql.likeLiteral(prefix) + "%");
        }
        return next == null ? params.string(prefix) : params.string(prefix).string(next);
    }

    /**
     * The prefix with its last code point incremented, after dropping trailing U+10FFFF (which no code point
     * follows); the surrogate range is skipped, as no text holds it.
     */
    static String next(String prefix) {
        String head = prefix;
        while (!head.isEmpty() && head.codePointBefore(head.length()) == Character.MAX_CODE_POINT) {
            head = head.substring(0, head.length() - Character.charCount(Character.MAX_CODE_POINT));
        }
        if (head.isEmpty()) {
            return null;
        }
        int last = head.codePointBefore(head.length());
        int following = last + 1 >= Character.MIN_SURROGATE && last + 1 <= Character.MAX_SURROGATE
                ? Character.MAX_SURROGATE + 1 : last + 1;
        return head.substring(0, head.length() - Character.charCount(last)) + Character.toString(following);
    }
}
