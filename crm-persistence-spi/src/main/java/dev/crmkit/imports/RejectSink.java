package dev.crmkit.imports;

import java.util.List;

/**
 * Where rejected rows go (a reject file, a list, a log). Called on the importing thread, in row order within
 * each batch, once a batch's fate is settled (after its transaction committed).
 */
@FunctionalInterface
public interface RejectSink {

    /** Receives one rejected row. An exception thrown here ends the import. */
    void reject(RejectedRow row);

    /** A sink that drops every row (the summary still counts them). */
    static RejectSink discard() {
        return row -> {
        };
    }

    /** A sink that adds every row to {@code rows}. */
    static RejectSink into(List<RejectedRow> rows) {
        return rows::add;
    }
}
