package dev.crmkit.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Checks of keyset paging shared by the contracts. */
public final class PageAssertions {
    /** The page sizes every query is walked with. */
    public static final int[] PAGE_SIZES = {1, 2, 7, PageRequest.MAX_LIMIT};

    private PageAssertions() {
    }

    /**
     * Walks the query with each of {@link #PAGE_SIZES} and checks that the pages hold exactly
     * {@code expected}, in order; that no page is larger than asked; and that no cursor leads to an empty page
     * (the page holding the last item has no cursor).
     */
    public static <T> void assertPagesEqual(Function<PageRequest, Page<T>> query, List<T> expected) {
        for (int size : PAGE_SIZES) {
            assertThat(walk(query, size)).as("all pages of size %d", size).containsExactlyElementsOf(expected);
        }
    }

    /** Every item of every page, reading {@code size} at a time, checking each page's shape. */
    public static <T> List<T> walk(Function<PageRequest, Page<T>> query, int size) {
        return walkFrom(query, PageRequest.first(size));
    }

    /** Every item of every page from {@code start} on, checking each page's shape. */
    public static <T> List<T> walkFrom(Function<PageRequest, Page<T>> query, PageRequest start) {
        int size = start.limit();
        List<T> all = new ArrayList<>();
        PageRequest request = start;
        for (int pageNumber = 1; ; pageNumber++) {
            Page<T> page = query.apply(request);
            assertThat(page.items().size()).as("size of page %d (limit %d)", pageNumber, size).isLessThanOrEqualTo(size);
            if (!page.hasNext() && pageNumber > 1) {
                assertThat(page.items()).as("last page %d of size %d: a cursor must not lead to an empty page", pageNumber,
                        size).isNotEmpty();
            }
            all.addAll(page.items());
            if (!page.hasNext()) {
                return all;
            }
            assertThat(pageNumber).as("pages walked").isLessThan(100_000);
            request = page.nextRequest(size);
        }
    }
}
