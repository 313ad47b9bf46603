package dev.crmkit.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a query result.
 *
 * @param items      the items, in the query's documented order
 * @param nextCursor the cursor for the next page, empty on the last page
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    /** Whether more items follow. */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }

    /** The request for the next page of the same size; throws when this is the last page. */
    public PageRequest nextRequest(int limit) {
        return PageRequest.after(nextCursor.orElseThrow(() -> new IllegalStateException("this is the last page")), limit);
    }

    /** The same page with its items mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }
}
