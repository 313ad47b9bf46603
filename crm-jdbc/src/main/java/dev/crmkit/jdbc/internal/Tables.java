package dev.crmkit.jdbc.internal;

import dev.crmkit.core.error.ValidationException;
import java.util.regex.Pattern;

/**
 * The validated table prefix and the SQL templates that use it: templates write {@code {p}} where a table
 * name starts, so {@code {p}deal} becomes {@code crm_deal}. The prefix is the only text ever spliced into
 * SQL besides the store's own constants, hence the strict pattern.
 */
final class Tables {
    /** Lower-case letter first, then up to 20 lower-case letters, digits or underscores. */
    static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}");

    private final String prefix;

    Tables(String prefix) {
        this.prefix = requireValidPrefix(prefix);
    }

    static String requireValidPrefix(String prefix) {
        ValidationException.check(prefix != null && PREFIX.matcher(prefix).matches(), "tablePrefix", prefix,
                "must match [a-z][a-z0-9_]{0,20}");
        return prefix;
    }

    String prefix() {
        return prefix;
    }

    /** The template with every {@code {p}} replaced by the prefix. */
    String sql(String template) {
        return template.replace("{p}", prefix);
    }

    /** A table name with the prefix. */
    String table(String name) {
        return prefix + name;
    }
}
