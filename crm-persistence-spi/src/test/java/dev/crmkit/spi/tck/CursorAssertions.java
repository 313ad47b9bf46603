package dev.crmkit.spi.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.spi.InvalidCursorException;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.util.function.Function;

/** Checks that a query rejects cursors it did not make. */
public final class CursorAssertions {
    private CursorAssertions() {
    }

    /**
     * Checks that {@code query} rejects garbage, empty and truncated cursors, and (when given) a valid cursor of
     * {@code otherQuery}, a query of the same repository whose cursors it must not take (another order; for the
     * stage history also another filter). Both queries need at least two results.
     */
    public static <T> void assertRejectsForeignCursors(Function<PageRequest, Page<T>> query,
                                                       Function<PageRequest, Page<T>> otherQuery) {
        String own = query.apply(PageRequest.first(1)).nextCursor().orElseThrow();
        for (String bad : new String[] {"", "not a cursor!", "AAAA", own.substring(0, own.length() / 2),
                own.substring(0, own.length() - 1)}) {
            assertThatThrownBy(() -> query.apply(PageRequest.after(bad, 10)))
                    .as("cursor '%s'", bad).isInstanceOf(InvalidCursorException.class);
        }
        if (otherQuery != null) {
            String foreign = otherQuery.apply(PageRequest.first(1)).nextCursor().orElseThrow();
            assertThatThrownBy(() -> query.apply(PageRequest.after(foreign, 10)))
                    .as("a cursor made for another query").isInstanceOf(InvalidCursorException.class);
        }
    }
}
