package dev.crmkit.spi.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * An immutable hash map whose {@link #put} and {@link #remove} return a new map that shares all untouched
 * structure with the old one (a hash array mapped trie). This is what lets a unit of work keep a private
 * copy of a tenant's data for the price of the few nodes it changes, and lets a commit publish a new
 * snapshot without copying the tenant. Keys and values must not be null. Iteration order is unspecified.
 *
 * @param <K> the key type (needs {@code equals} and {@code hashCode})
 * @param <V> the value type
 */
final class PersistentMap<K, V> {
    private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(null, 0);
    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;

    private final Node<K, V> root;
    private final int size;

    private PersistentMap(Node<K, V> root, int size) {
        this.root = root;
        this.size = size;
    }

    /** The empty map. */
    @SuppressWarnings("unchecked")
    static <K, V> PersistentMap<K, V> empty() {
        return (PersistentMap<K, V>) EMPTY;
    }

    /** The value of {@code key}, or null. */
    V get(Object key) {
        Objects.requireNonNull(key, "key");
        return root == null ? null : root.get(hash(key), key, 0);
    }

    /** Whether {@code key} has a value. */
    boolean containsKey(Object key) {
        return get(key) != null;
    }

    /** The number of entries. */
    int size() {
        return size;
    }

    /** A map with {@code key} mapped to {@code value}. */
    PersistentMap<K, V> put(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        int hash = hash(key);
        if (root == null) {
            return new PersistentMap<>(new Leaf<>(hash, key, value), 1);
        }
        boolean added = root.get(hash, key, 0) == null;
        Node<K, V> newRoot = root.put(hash, key, value, 0);
        return newRoot == root ? this : new PersistentMap<>(newRoot, added ? size + 1 : size);
    }

    /** A map without {@code key}; this map when it has no such key. */
    PersistentMap<K, V> remove(Object key) {
        Objects.requireNonNull(key, "key");
        int hash = hash(key);
        if (root == null || root.get(hash, key, 0) == null) {
            return this;
        }
        Node<K, V> newRoot = root.remove(hash, key, 0);
        return newRoot == null ? empty() : new PersistentMap<>(newRoot, size - 1);
    }

    /** Feeds every entry to {@code action}. */
    void forEach(BiConsumer<? super K, ? super V> action) {
        if (root != null) {
            root.forEach(action);
        }
    }

    /** The values, in unspecified order, as a new list. */
    List<V> values() {
        List<V> values = new ArrayList<>(size);
        forEach((k, v) -> values.add(v));
        return values;
    }

    private static int hash(Object key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    private static int index(int hash, int shift) {
        return (hash >>> shift) & MASK;
    }

    /** A trie node; every method leaves the node unchanged and returns the replacement (null: empty). */
    private sealed interface Node<K, V> permits Leaf, Collision, Branch {
        V get(int hash, Object key, int shift);

        Node<K, V> put(int hash, K key, V value, int shift);

        Node<K, V> remove(int hash, Object key, int shift);

        void forEach(BiConsumer<? super K, ? super V> action);

        /** The full hash of every key in this node, for leaves and collisions (which do not depend on depth). */
        int hash();
    }

    /** One entry. */
    private record Leaf<K, V>(int hash, K key, V value) implements Node<K, V> {
        @Override
        public V get(int h, Object k, int shift) {
            return h == hash && key.equals(k) ? value : null;
        }

        @Override
        public Node<K, V> put(int h, K k, V v, int shift) {
            if (h == hash && key.equals(k)) {
                return v == value ? this : new Leaf<>(hash, key, v);
            }
            Leaf<K, V> added = new Leaf<>(h, k, v);
            if (h == hash) {
                return new Collision<>(hash, List.of(this, added));
            }
            return Branch.of(this, added, shift);
        }

        @Override
        public Node<K, V> remove(int h, Object k, int shift) {
            return h == hash && key.equals(k) ? null : this;
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            action.accept(key, value);
        }
    }

    /** Entries whose keys have the same full hash. */
    private record Collision<K, V>(int hash, List<Leaf<K, V>> leaves) implements Node<K, V> {
        @Override
        public V get(int h, Object k, int shift) {
            if (h != hash) {
                return null;
            }
            for (Leaf<K, V> leaf : leaves) {
                if (leaf.key().equals(k)) {
                    return leaf.value();
                }
            }
            return null;
        }

        @Override
        public Node<K, V> put(int h, K k, V v, int shift) {
            Leaf<K, V> added = new Leaf<>(h, k, v);
            if (h != hash) {
                return Branch.of(this, added, shift);
            }
            List<Leaf<K, V>> copy = new ArrayList<>(leaves.size() + 1);
            boolean replaced = false;
            for (Leaf<K, V> leaf : leaves) {
                if (leaf.key().equals(k)) {
                    copy.add(added);
                    replaced = true;
                } else {
                    copy.add(leaf);
                }
            }
            if (!replaced) {
                copy.add(added);
            }
            return new Collision<>(hash, List.copyOf(copy));
        }

        @Override
        public Node<K, V> remove(int h, Object k, int shift) {
            if (h != hash) {
                return this;
            }
            List<Leaf<K, V>> rest = leaves.stream().filter(leaf -> !leaf.key().equals(k)).toList();
            if (rest.size() == leaves.size()) {
                return this;
            }
            return rest.size() == 1 ? rest.get(0) : new Collision<>(hash, rest);
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            leaves.forEach(leaf -> action.accept(leaf.key(), leaf.value()));
        }
    }

    /** Up to 32 children, one per 5-bit slice of the hash at this depth; {@code bitmap} says which exist. */
    private static final class Branch<K, V> implements Node<K, V> {
        private final int bitmap;
        private final Node<K, V>[] children;

        private Branch(int bitmap, Node<K, V>[] children) {
            this.bitmap = bitmap;
            this.children = children;
        }

        /** A branch holding two depth-independent nodes whose hashes differ. */
        @SuppressWarnings("unchecked")
        static <K, V> Node<K, V> of(Node<K, V> a, Node<K, V> b, int shift) {
            int ia = index(a.hash(), shift);
            int ib = index(b.hash(), shift);
            if (ia == ib) {
                return new Branch<>(1 << ia, new Node[] {of(a, b, shift + BITS)});
            }
            Node<K, V>[] pair = ia < ib ? new Node[] {a, b} : new Node[] {b, a};
            return new Branch<>((1 << ia) | (1 << ib), pair);
        }

        private int position(int bit) {
            return Integer.bitCount(bitmap & (bit - 1));
        }

        @Override
        public V get(int h, Object k, int shift) {
            int bit = 1 << index(h, shift);
            return (bitmap & bit) == 0 ? null : children[position(bit)].get(h, k, shift + BITS);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Node<K, V> put(int h, K k, V v, int shift) {
            int bit = 1 << index(h, shift);
            int pos = position(bit);
            if ((bitmap & bit) == 0) {
                Node<K, V>[] copy = new Node[children.length + 1];
                System.arraycopy(children, 0, copy, 0, pos);
                copy[pos] = new Leaf<>(h, k, v);
                System.arraycopy(children, pos, copy, pos + 1, children.length - pos);
                return new Branch<>(bitmap | bit, copy);
            }
            Node<K, V> child = children[pos];
            Node<K, V> newChild = child.put(h, k, v, shift + BITS);
            if (newChild == child) {
                return this;
            }
            Node<K, V>[] copy = children.clone();
            copy[pos] = newChild;
            return new Branch<>(bitmap, copy);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Node<K, V> remove(int h, Object k, int shift) {
            int bit = 1 << index(h, shift);
            if ((bitmap & bit) == 0) {
                return this;
            }
            int pos = position(bit);
            Node<K, V> child = children[pos];
            Node<K, V> newChild = child.remove(h, k, shift + BITS);
            if (newChild == child) {
                return this;
            }
            if (newChild != null) {
                if (children.length == 1 && !(newChild instanceof Branch)) {
                    // A lone leaf or collision does not depend on its depth, so it can move up.
                    return newChild;
                }
                Node<K, V>[] copy = children.clone();
                copy[pos] = newChild;
                return new Branch<>(bitmap, copy);
            }
            if (children.length == 1) {
                return null;
            }
            Node<K, V>[] copy = new Node[children.length - 1];
            System.arraycopy(children, 0, copy, 0, pos);
            System.arraycopy(children, pos + 1, copy, pos, children.length - pos - 1);
            if (copy.length == 1 && !(copy[0] instanceof Branch)) {
                return copy[0];
            }
            return new Branch<>(bitmap & ~bit, copy);
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            for (Node<K, V> child : children) {
                child.forEach(action);
            }
        }

        @Override
        public int hash() {
            throw new IllegalStateException("a branch has no single hash");
        }
    }
}
