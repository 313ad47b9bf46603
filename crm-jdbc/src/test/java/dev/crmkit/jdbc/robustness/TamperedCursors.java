package dev.crmkit.jdbc.robustness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Page cursors of the JDBC store as a client could alter them: with flipped bits, cut short or lengthened,
 * and forged. Forging needs the sealing key; the store's default key is in its source (so cursors survive
 * restarts), so a client of a host that keeps the default can seal any values it likes, and the store must
 * treat what such a cursor holds as hostile input too. This class knows the cursor's envelope (a format byte,
 * the scope, the values, a truncated HMAC-SHA256) as anyone who read the store's source does; the scope itself
 * is copied from a genuine cursor, so it does not depend on what the store puts there.
 */
final class TamperedCursors {
    /** The store's default sealing key ({@code CursorCodec.defaultSecret()}). */
    private static final byte[] DEFAULT_KEY = "dev.crmkit.jdbc cursor v1".getBytes(StandardCharsets.UTF_8);
    private static final int MAC_BYTES = 12;

    private TamperedCursors() {
    }

    /** The cursor with one bit flipped, once per byte (a different bit each time), cut at every length and lengthened. */
    static List<String> alterations(String cursor) {
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        List<String> altered = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= (byte) (1 << (i % 8));
            altered.add(encode(flipped));
        }
        for (int length = 0; length < bytes.length; length++) {
            altered.add(encode(Arrays.copyOf(bytes, length)));
        }
        altered.add(encode(Arrays.copyOf(bytes, bytes.length + 1)));
        altered.add(cursor + "A");
        altered.add(cursor.substring(1));
        return altered;
    }

    /**
     * A cursor with the scope of {@code genuine} holding {@code values} (each may be null), sealed with the
     * default key: what the store would accept as its own when it runs with that key.
     */
    static String forge(String genuine, List<String> values) {
        byte[] sealed = Base64.getUrlDecoder().decode(genuine);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(sealed, 0, sealed.length - MAC_BYTES))) {
            byte format = in.readByte();
            String scope = in.readUTF();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(format);
                out.writeUTF(scope);
                out.writeByte(values.size());
                for (String value : values) {
                    out.writeBoolean(value != null);
                    if (value != null) {
                        out.writeUTF(value);
                    }
                }
            }
            byte[] payload = bytes.toByteArray();
            byte[] forged = Arrays.copyOf(payload, payload.length + MAC_BYTES);
            System.arraycopy(mac(payload), 0, forged, payload.length, MAC_BYTES);
            return encode(forged);
        } catch (IOException e) {
            throw new UncheckedIOException("not a cursor of the JDBC store: " + genuine, e);
        }
    }

    private static byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(DEFAULT_KEY, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
