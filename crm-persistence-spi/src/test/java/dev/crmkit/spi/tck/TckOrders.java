package dev.crmkit.spi.tck;

import java.util.Comparator;
import java.util.UUID;

/** The orders the SPI documents, for computing expected results: ids unsigned, text by code point. */
public final class TckOrders {
    /** UUIDs as unsigned 128-bit numbers (the order of their canonical text). */
    public static final Comparator<UUID> UUIDS = Comparator.comparing(UUID::toString);

    /** Strings by Unicode code point. */
    public static final Comparator<String> CODE_POINTS = (a, b) -> {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    };

    private TckOrders() {
    }
}
