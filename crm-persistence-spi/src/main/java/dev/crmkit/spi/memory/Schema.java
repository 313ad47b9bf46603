package dev.crmkit.spi.memory;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How a {@link Table} reads and writes one aggregate type: its id, its version, and its unique keys
 * besides the id.
 *
 * @param kind        the record kind for error messages ({@code Deal})
 * @param id          the record's id
 * @param version     the record's optimistic-locking version
 * @param withVersion the record with another version
 * @param uniqueKeys  the record's unique keys besides the id
 * @param <I>         the id type
 * @param <T>         the aggregate type
 */
record Schema<I, T>(String kind, Function<T, I> id, ToLongFunction<T> version, BiFunction<T, Long, T> withVersion,
                    Function<T, Set<UniqueKey>> uniqueKeys) {
}
