package dev.crmkit.internal;

import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.Pages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Paging helpers that keep memory bounded and avoid one query per record: collect the ids a query matches
 * (keyset-paged), then load and process them in batches with one {@code findAll} per batch. Collecting first
 * makes the processing safe even when it changes whether records match the query.
 */
public final class Batches {
    /** Page size when walking query results. */
    public static final int PAGE = 1000;
    /** Ids per {@code findAll} call. */
    public static final int BATCH = 500;

    private Batches() {
    }

    /** The ids of every record the paged query returns, in query order, without repeats. */
    public static <T, I> List<I> ids(Function<PageRequest, Page<T>> query, Function<T, I> idOf) {
        Set<I> ids = new LinkedHashSet<>();
        Pages.forEach(query, PAGE, item -> ids.add(idOf.apply(item)));
        return new ArrayList<>(ids);
    }

    /**
     * Loads the records of {@code ids} batch by batch and hands them to {@code process} in the order of
     * {@code ids}; ids that no longer exist are skipped.
     */
    public static <T, I> void forEach(List<I> ids, Function<Collection<I>, List<T>> loadAll, Function<T, I> idOf,
                                      Consumer<T> process) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<I> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<I, T> loaded = new HashMap<>();
            for (T item : loadAll.apply(batch)) {
                loaded.put(idOf.apply(item), item);
            }
            for (I id : batch) {
                T item = loaded.get(id);
                if (item != null) {
                    process.accept(item);
                }
            }
        }
    }

    /** The records of {@code ids} in that order (missing ones skipped), loaded in batches. */
    public static <T, I> List<T> load(List<I> ids, Function<Collection<I>, List<T>> loadAll, Function<T, I> idOf) {
        List<T> items = new ArrayList<>(ids.size());
        forEach(ids, loadAll, idOf, items::add);
        return items;
    }
}
