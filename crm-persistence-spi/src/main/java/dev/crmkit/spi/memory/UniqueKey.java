package dev.crmkit.spi.memory;

import java.util.Objects;

/**
 * A value that at most one record of a table may have, such as {@code primaryEmail=ada@example.com}.
 *
 * @param name  what the key is, as it appears in {@link dev.crmkit.spi.DuplicateKeyException#key()}
 * @param value the key's value; compared with {@code equals}
 */
record UniqueKey(String name, Object value) {
    UniqueKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
