package dev.crmkit.spi.memory;

import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.rules.StageHistory;
import java.util.Comparator;
import java.util.UUID;

/**
 * The orders the SPI documents, written the way SQL databases compare: UUIDs as unsigned 128-bit numbers
 * (the order of their canonical text), strings by Unicode code point (a binary collation).
 */
final class Orders {
    /** UUIDs in unsigned order, as PostgreSQL, H2 and a binary column compare them. */
    static final Comparator<UUID> UUID_ORDER = EntityId.UUID_ORDER;

    /** Strings by code point, as a binary UTF-8 collation orders them (not by UTF-16 unit, as {@link String#compareTo} does). */
    static final Comparator<String> CODE_POINT_ORDER = Orders::compareCodePoints;

    /** Stage history order: by moment, then id. */
    static final Comparator<StageChange> HISTORY = StageHistory.ORDER;

    private Orders() {
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
