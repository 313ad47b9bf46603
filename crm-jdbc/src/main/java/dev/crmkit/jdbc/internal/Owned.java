package dev.crmkit.jdbc.internal;

import java.util.UUID;

/**
 * A child-table row's value with the id of the record that owns it and its position in the owner's list.
 *
 * @param owner    the owning record's id
 * @param position the position in the owner's list (0-based)
 * @param value    the value
 * @param <T>      the value type
 */
record Owned<T>(UUID owner, int position, T value) {
}
