package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentlyUsedTest {
    @Test
    void keepsOnlyTheMostRecentlyUsedEntries() {
        RecentlyUsed<String, Integer> cache = new RecentlyUsed<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");
        cache.put("c", 3);

        assertThat(cache).containsOnlyKeys("a", "c");
    }
}
