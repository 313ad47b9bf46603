package dev.crmkit.spi.memory;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Where one table lives in a {@link TenantState}, and what else a delete must remove with a record.
 *
 * @param get      reads the table
 * @param set      the state with the table replaced
 * @param onDelete the state after a record with the id was deleted (cascades), applied after the delete
 * @param <I>      the id type
 * @param <T>      the aggregate type
 */
record TableRef<I, T>(Function<TenantState, Table<I, T>> get, BiFunction<TenantState, Table<I, T>, TenantState> set,
                      BiFunction<TenantState, I, TenantState> onDelete) {

    /** A table whose deletes cascade nowhere. */
    TableRef(Function<TenantState, Table<I, T>> get, BiFunction<TenantState, Table<I, T>, TenantState> set) {
        this(get, set, (state, id) -> state);
    }

    /** The state with the table changed by {@code change}. */
    TenantState change(TenantState state, Function<Table<I, T>, Table<I, T>> change) {
        return set.apply(state, change.apply(get.apply(state)));
    }
}
