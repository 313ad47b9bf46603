package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns "limit + 1" query results into a page and the cursor of its last item. */
final class Paging {
    private Paging() {
    }

    /**
     * The scope of a query's cursors: the tenant and the query ({@code query} names the record kind, the order
     * and whatever else a cursor must belong to). A cursor made in one tenant's unit of work is no position in
     * another tenant's rows, so it is rejected there like any cursor the query did not make.
     */
    static String scope(TenantId tenant, String query) {
        return tenant.value() + "/" + query;
    }

    /** The {@code LIMIT} to ask for: one more than the page, to learn whether another page follows. */
    static int fetchSize(PageRequest request) {
        return request.limit() + 1;
    }

    /**
     * The page of the first {@code request.limit()} rows; the cursor encodes {@code keys} of the last one
     * when more rows followed.
     */
    static <T> Page<T> page(List<T> rows, PageRequest request, CursorCodec codec, String scope,
                            Function<T, List<String>> keys) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, request.limit());
        return new Page<>(items, Optional.of(codec.encode(scope, keys.apply(items.get(items.size() - 1)))));
    }
}
