package dev.crmkit.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersistentMapTest {

    /** A key whose hash is chosen, so collisions and deep tries are easy to provoke. */
    record Key(int id, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.id == id;
        }
    }

    private static Key key(int id, int hashMode) {
        return switch (hashMode) {
            case 0 -> new Key(id, id);
            case 1 -> new Key(id, id % 3);          // many full collisions
            default -> new Key(id, id << 27);       // differ only in high bits: deep branches
        };
    }

    @Test
    void behavesLikeAHashMapAndNeverChangesOlderVersions() {
        qt().withFixedSeed(42).withExamples(300)
                .forAll(lists().of(integers().between(0, 3 * 64 - 1)).ofSizeBetween(0, 200), integers().between(0, 2))
                .checkAssert((ops, hashMode) -> {
                    PersistentMap<Key, Integer> map = PersistentMap.empty();
                    Map<Key, Integer> expected = new HashMap<>();
                    PersistentMap<Key, Integer> snapshot = map;
                    Map<Key, Integer> snapshotExpected = Map.of();
                    int step = 0;
                    for (int op : ops) {
                        Key key = key(op % 64, hashMode);
                        if (op / 64 == 2) {
                            map = map.remove(key);
                            expected.remove(key);
                        } else {
                            map = map.put(key, step);
                            expected.put(key, step);
                        }
                        if (++step % 17 == 0) {
                            snapshot = map;
                            snapshotExpected = Map.copyOf(expected);
                        }
                        assertThat(map.size()).isEqualTo(expected.size());
                    }
                    assertSame(map, expected, hashMode);
                    assertSame(snapshot, snapshotExpected, hashMode);
                });
    }

    private static void assertSame(PersistentMap<Key, Integer> map, Map<Key, Integer> expected, int hashMode) {
        Map<Key, Integer> actual = new HashMap<>();
        map.forEach(actual::put);
        assertThat(actual).isEqualTo(expected);
        assertThat(map.size()).isEqualTo(expected.size());
        for (int id = 0; id < 64; id++) {
            Key probe = key(id, hashMode);
            assertThat(map.get(probe)).isEqualTo(expected.get(probe));
        }
        assertThat(map.values()).containsExactlyInAnyOrderElementsOf(List.copyOf(expected.values()));
    }

    @Test
    void removingAnAbsentKeyOrPuttingTheSameValueReturnsTheSameMap() {
        Integer value = 1;
        PersistentMap<Key, Integer> map = PersistentMap.<Key, Integer>empty().put(key(1, 0), value);

        assertThat(map.remove(key(2, 0))).isSameAs(map);
        assertThat(map.put(key(1, 0), value)).isSameAs(map);
        assertThat(map.remove(key(1, 0)).size()).isZero();
    }
}
