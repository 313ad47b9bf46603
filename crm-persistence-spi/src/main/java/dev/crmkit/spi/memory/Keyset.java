package dev.crmkit.spi.memory;

import dev.crmkit.spi.InvalidCursorException;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * A total order over query results and the keyset cursors that mark a position in it. A cursor holds the
 * order's name, the scope it was made in (the tenant) and the sort key values of the last item of a page, with
 * a checksum, base64url-encoded: the next page starts after that position even when that item was since changed
 * or deleted, and a cursor that was tampered with, truncated, made for another order or in another tenant's
 * unit of work is rejected.
 *
 * @param <T> the item type
 */
final class Keyset<T> {
    private final String name;
    private final List<Part<T, ?>> parts;
    private final Comparator<T> order;

    private Keyset(String name, List<Part<T, ?>> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
        Comparator<T> combined = null;
        for (Part<T, ?> part : this.parts) {
            combined = combined == null ? part.itemOrder() : combined.thenComparing(part.itemOrder());
        }
        this.order = combined;
    }

    /** Starts an order called {@code name}; every distinct order needs a distinct name. */
    static <T> Builder<T> named(String name) {
        return new Builder<>(name);
    }

    /** The order as a comparator. */
    Comparator<T> order() {
        return order;
    }

    /**
     * One page: the items of {@code candidates} that match {@code filter} and lie after the request's cursor,
     * in this order, with a cursor when more follow.
     *
     * @param scope what the cursors belong to besides the order (the tenant): a cursor made in one tenant's rows
     *     is no position in another's
     * @throws InvalidCursorException when the request's cursor was not made by this order in this scope
     */
    Page<T> page(String scope, Collection<T> candidates, Predicate<? super T> filter, PageRequest request) {
        Predicate<T> after = request.cursor().map(cursor -> after(scope, cursor)).orElse(item -> true);
        // Keep only the first limit + 1 items (a bounded max-heap), so a page deep in a large result costs
        // one scan, not a sort of everything after the cursor.
        int wanted = request.limit() + 1;
        PriorityQueue<T> first = new PriorityQueue<>(wanted + 1, order.reversed());
        for (T item : candidates) {
            if (filter.test(item) && after.test(item)) {
                if (first.size() < wanted) {
                    first.add(item);
                } else if (order.compare(item, first.peek()) < 0) {
                    first.poll();
                    first.add(item);
                }
            }
        }
        List<T> matching = new ArrayList<>(first);
        matching.sort(order);
        if (matching.size() <= request.limit()) {
            return new Page<>(matching, Optional.empty());
        }
        List<T> items = matching.subList(0, request.limit());
        return new Page<>(items, Optional.of(cursorOf(scope, items.get(items.size() - 1))));
    }

    /** The cursor of the position right after {@code item}, in {@code scope}. */
    String cursorOf(String scope, T item) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(name);
            out.writeUTF(scope);
            for (Part<T, ?> part : parts) {
                part.writeKey(out, item);
            }
            out.flush();
            byte[] payload = bytes.toByteArray();
            byte[] withChecksum = Arrays.copyOf(payload, payload.length + Integer.BYTES);
            ByteBuffer.wrap(withChecksum, payload.length, Integer.BYTES).putInt(checksum(payload));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(withChecksum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Which items lie after the cursor's position.
     *
     * @throws InvalidCursorException when the cursor was not made by this order in {@code scope}
     */
    Predicate<T> after(String scope, String cursor) {
        Object[] position = decode(scope, cursor);
        return item -> {
            for (int i = 0; i < parts.size(); i++) {
                int c = parts.get(i).compareKey(item, position[i]);
                if (c != 0) {
                    return c > 0;
                }
            }
            return false;
        };
    }

    private Object[] decode(String scope, String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException(cursor, "is not a cursor of this store");
        }
        if (bytes.length < Integer.BYTES) {
            throw new InvalidCursorException(cursor, "is not a cursor of this store");
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - Integer.BYTES);
        if (ByteBuffer.wrap(bytes, payload.length, Integer.BYTES).getInt() != checksum(payload)) {
            throw new InvalidCursorException(cursor, "was altered or truncated");
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            if (!in.readUTF().equals(name)) {
                throw new InvalidCursorException(cursor, "was made for another query order");
            }
            if (!in.readUTF().equals(scope)) {
                throw new InvalidCursorException(cursor, "was made in another tenant's unit of work");
            }
            Object[] position = new Object[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                position[i] = parts.get(i).codec().read(in);
            }
            if (in.available() > 0) {
                throw new InvalidCursorException(cursor, "is not a cursor of this store");
            }
            return position;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidCursorException invalid) {
                throw invalid;
            }
            throw new InvalidCursorException(cursor, "is not a cursor of this store");
        }
    }

    private static int checksum(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return (int) crc.getValue();
    }

    /** Builds a {@link Keyset} from its sort key parts, most significant first. */
    static final class Builder<T> {
        private final String name;
        private final List<Part<T, ?>> parts = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Orders by {@code key} in {@code order}, stored in cursors with {@code codec}. */
        <V> Builder<T> then(Function<T, V> key, Comparator<V> order, Codec<V> codec) {
            parts.add(new Part<>(key, order, codec));
            return this;
        }

        /** The order. */
        Keyset<T> build() {
            return new Keyset<>(name, parts);
        }
    }

    /** One part of a sort key. */
    private record Part<T, V>(Function<T, V> key, Comparator<V> order, Codec<V> codec) {
        Comparator<T> itemOrder() {
            return Comparator.comparing(key, order);
        }

        @SuppressWarnings("unchecked")
        int compareKey(T item, Object position) {
            return order.compare(key.apply(item), (V) position);
        }

        void writeKey(DataOutput out, T item) throws IOException {
            codec.write(out, key.apply(item));
        }
    }

    /** How a sort key value is written into a cursor and read back. */
    interface Codec<V> {
        /** Writes the value. */
        void write(DataOutput out, V value) throws IOException;

        /** Reads what {@link #write} wrote. */
        V read(DataInput in) throws IOException;

        /** Text. */
        Codec<String> STRING = new Codec<>() {
            @Override
            public void write(DataOutput out, String value) throws IOException {
                out.writeUTF(value);
            }

            @Override
            public String read(DataInput in) throws IOException {
                return in.readUTF();
            }
        };

        /** A UUID. */
        Codec<UUID> UUID = new Codec<>() {
            @Override
            public void write(DataOutput out, java.util.UUID value) throws IOException {
                out.writeLong(value.getMostSignificantBits());
                out.writeLong(value.getLeastSignificantBits());
            }

            @Override
            public java.util.UUID read(DataInput in) throws IOException {
                return new java.util.UUID(in.readLong(), in.readLong());
            }
        };

        /** A moment, to the nanosecond. */
        Codec<Instant> INSTANT = new Codec<>() {
            @Override
            public void write(DataOutput out, Instant value) throws IOException {
                out.writeLong(value.getEpochSecond());
                out.writeInt(value.getNano());
            }

            @Override
            public Instant read(DataInput in) throws IOException {
                return Instant.ofEpochSecond(in.readLong(), in.readInt());
            }
        };

        /** A date that may be missing (null). */
        Codec<LocalDate> NULLABLE_DATE = new Codec<>() {
            @Override
            public void write(DataOutput out, LocalDate value) throws IOException {
                out.writeBoolean(value != null);
                if (value != null) {
                    out.writeLong(value.toEpochDay());
                }
            }

            @Override
            public LocalDate read(DataInput in) throws IOException {
                return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
            }
        };
    }
}
