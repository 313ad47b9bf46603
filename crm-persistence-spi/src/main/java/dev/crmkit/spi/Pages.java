package dev.crmkit.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks every page of a query. */
public final class Pages {
    private Pages() {
    }

    /** Feeds every item of every page to {@code sink}, reading {@code pageSize} items at a time. */
    public static <T> void forEach(Function<PageRequest, Page<T>> query, int pageSize, Consumer<? super T> sink) {
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            Page<T> page = query.apply(request);
            page.items().forEach(sink);
            if (!page.hasNext()) {
                return;
            }
            request = page.nextRequest(pageSize);
        }
    }

    /** Every item of every page in one list; only for results known to be small. */
    public static <T> List<T> all(Function<PageRequest, Page<T>> query, int pageSize) {
        List<T> all = new ArrayList<>();
        forEach(query, pageSize, all::add);
        return all;
    }
}
