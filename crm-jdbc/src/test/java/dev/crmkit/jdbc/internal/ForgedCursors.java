package dev.crmkit.jdbc.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

/**
 * Cursors sealed with the store's default secret, which is in its source: what any client of a host that keeps
 * that secret can make. For the robustness suites, which must treat the keys of such a cursor as hostile input.
 */
public final class ForgedCursors {
    private static final CursorCodec DEFAULT = new CursorCodec(CursorCodec.defaultSecret());

    private ForgedCursors() {
    }

    /** A cursor of the same scope as {@code genuine} (a cursor the store made) holding {@code values}. */
    public static String forge(String genuine, List<String> values) {
        byte[] sealed = Base64.getUrlDecoder().decode(genuine);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(sealed))) {
            in.readByte(); // the format
            return DEFAULT.encode(in.readUTF(), values);
        } catch (IOException e) {
            throw new UncheckedIOException("not a cursor of the JDBC store: " + genuine, e);
        }
    }
}
