package dev.crmkit.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps only its {@code capacity} most recently used entries. The import's look-up caches use it so
 * that a file naming a million different companies or contacts is imported in the same memory as a small one:
 * an entry pushed out is simply looked up in the store again when a later row needs it.
 */
final class RecentlyUsed<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;

    private final int capacity;

    RecentlyUsed(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
