package dev.crmkit.jdbc.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** Page cursors as a client could alter them: with flipped bits, cut short or lengthened. */
final class TamperedCursors {
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

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
