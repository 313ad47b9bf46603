package dev.crmkit.jdbc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Splitting id lists into bounded IN lists, and grouping child rows by owner. */
final class Chunks {
    /** The most values one IN list binds (the SPI's largest page). */
    static final int MAX_IN = 1000;

    private Chunks() {
    }

    /** {@code values} in consecutive pieces of at most {@code size}. */
    static <T> List<List<T>> of(Collection<T> values, int size) {
        List<T> all = values instanceof List<T> list ? list : new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>((all.size() + size - 1) / size);
        for (int start = 0; start < all.size(); start += size) {
            chunks.add(all.subList(start, Math.min(all.size(), start + size)));
        }
        return chunks;
    }

    /** Child values grouped by owner, in the order the rows came. */
    static <T> Map<UUID, List<T>> byOwner(List<Owned<T>> rows) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        for (Owned<T> row : rows) {
            grouped.computeIfAbsent(row.owner(), k -> new ArrayList<>()).add(row.value());
        }
        return grouped;
    }
}
