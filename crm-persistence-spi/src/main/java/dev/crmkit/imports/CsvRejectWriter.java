package dev.crmkit.imports;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes rejected rows as CSV: the columns {@code row}, {@code line}, {@code reason_code}, {@code reason},
 * then the file's own columns with the row's fields as read, so the file can be fixed and imported again
 * with the same mapping (extra leading columns are ignored by mappings that do not name them). The header is
 * written with the first rejected row; a file without rejects stays empty. CRLF line ends, comma separator.
 */
public final class CsvRejectWriter implements RejectSink, Flushable {
    /** The columns written before the file's own. */
    public static final List<String> LEADING_COLUMNS = List.of("row", "line", "reason_code", "reason");

    private final Writer out;
    private final boolean neutralizeFormulas;
    private boolean headerWritten;

    /**
     * A writer.
     *
     * @param out                where to write; not closed by this class
     * @param neutralizeFormulas whether cells are passed through {@link CsvCells#neutralize(String)} (for files
     *                           opened in spreadsheets; such a file no longer re-imports byte for byte)
     */
    public CsvRejectWriter(Writer out, boolean neutralizeFormulas) {
        this.out = Objects.requireNonNull(out, "out");
        this.neutralizeFormulas = neutralizeFormulas;
    }

    /** @throws UncheckedIOException when writing fails */
    @Override
    public void reject(RejectedRow row) {
        try {
            if (!headerWritten) {
                List<String> header = new ArrayList<>(LEADING_COLUMNS);
                header.addAll(row.header());
                writeLine(header);
                headerWritten = true;
            }
            List<String> cells = new ArrayList<>();
            cells.add(Long.toString(row.rowNumber()));
            cells.add(Long.toString(row.lineNumber()));
            cells.add(row.reasonCode());
            cells.add(row.reason());
            cells.addAll(row.fields());
            writeLine(cells);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the reject file", e);
        }
    }

    /** @throws UncheckedIOException when flushing fails */
    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the reject file", e);
        }
    }

    private void writeLine(List<String> cells) throws IOException {
        List<String> written = neutralizeFormulas ? cells.stream().map(CsvCells::neutralize).toList() : cells;
        out.write(CsvCells.line(written, ','));
        out.write("\r\n");
    }
}
