package dev.crmkit.jdbc.internal;

import dev.crmkit.spi.InvalidCursorException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque keyset cursors: the sort keys of a page's last row plus the scope they belong to (tenant, record
 * kind, order and, where the contract asks for it, the filter), serialized, sealed with a truncated
 * HMAC-SHA256 and encoded as URL-safe base64. A cursor that was altered, truncated or made for another scope
 * is rejected with {@link InvalidCursorException} before any of its values reaches SQL, and so is a sealed one
 * whose keys are not what the order needs ({@link Keys}).
 */
final class CursorCodec {
    private static final byte FORMAT = 1;
    private static final int MAC_BYTES = 12;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    CursorCodec(byte[] secret) {
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** A cursor for {@code scope} holding {@code values} (each may be null). */
    String encode(String scope, List<String> values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(scope);
            out.writeByte(values.size());
            for (String value : values) {
                out.writeBoolean(value != null);
                if (value != null) {
                    out.writeUTF(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] payload = bytes.toByteArray();
        byte[] sealed = Arrays.copyOf(payload, payload.length + MAC_BYTES);
        System.arraycopy(mac(payload), 0, sealed, payload.length, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    /**
     * The values of a cursor made by {@link #encode} for the same {@code scope}.
     *
     * @throws InvalidCursorException when the cursor is malformed, altered, or made for another scope or shape
     */
    Keys decode(String cursor, String scope, int expectedValues) {
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException(cursor, "is not a cursor made by this store");
        }
        if (sealed.length <= MAC_BYTES) {
            throw new InvalidCursorException(cursor, "is not a cursor made by this store");
        }
        byte[] payload = Arrays.copyOf(sealed, sealed.length - MAC_BYTES);
        byte[] expectedMac = Arrays.copyOf(mac(payload), MAC_BYTES);
        byte[] actualMac = Arrays.copyOfRange(sealed, payload.length, sealed.length);
        if (!MessageDigest.isEqual(expectedMac, actualMac)) {
            throw new InvalidCursorException(cursor, "was altered or not made by this store");
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload))) {
            if (in.readByte() != FORMAT) {
                throw new InvalidCursorException(cursor, "has an unknown format");
            }
            String cursorScope = in.readUTF();
            if (!cursorScope.equals(scope)) {
                throw new InvalidCursorException(cursor, "was made for another query or order (" + cursorScope + ")");
            }
            int count = in.readByte();
            if (count != expectedValues) {
                throw new InvalidCursorException(cursor, "does not fit this query's order");
            }
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(in.readBoolean() ? in.readUTF() : null);
            }
            if (in.available() > 0) {
                throw new InvalidCursorException(cursor, "has trailing data");
            }
            return new Keys(cursor, values);
        } catch (IOException e) {
            throw new InvalidCursorException(cursor, "is truncated");
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required on every Java platform", e);
        }
    }

    /**
     * The sort keys of a cursor, read as the types its order needs. The seal proves only that the cursor was made
     * with the store's secret, and the default secret is public (it is in this source), so a client can seal keys
     * of its own: a key that is missing or does not parse is an {@link InvalidCursorException} like any other
     * cursor this store did not make, never a parse error.
     *
     * @param cursor the cursor, for messages
     * @param values the keys as stored, in sort order ({@code null} for a missing one)
     */
    record Keys(String cursor, List<String> values) {
        /** How many keys the cursor holds. */
        int size() {
            return values.size();
        }

        /** Key {@code index} as text; never null. */
        String text(int index) {
            return parse(index, value -> value);
        }

        /** Key {@code index} as an id. */
        UUID id(int index) {
            return parse(index, UUID::fromString);
        }

        /** Key {@code index} as a moment. */
        Instant instant(int index) {
            return parse(index, Instant::parse);
        }

        /** Key {@code index} as a date, or null where the cursor holds none (a row without one). */
        LocalDate optionalDate(int index) {
            return values.get(index) == null ? null : parse(index, LocalDate::parse);
        }

        private <T> T parse(int index, Function<String, T> parser) {
            String value = values.get(index);
            if (value == null) {
                throw new InvalidCursorException(cursor, "lacks a sort key");
            }
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                throw new InvalidCursorException(cursor, "holds a sort key of the wrong type");
            }
        }
    }

    /** The default secret: cursors stay valid across restarts and across every process using the same store. */
    static byte[] defaultSecret() {
        return "dev.crmkit.jdbc cursor v1".getBytes(StandardCharsets.UTF_8);
    }
}
