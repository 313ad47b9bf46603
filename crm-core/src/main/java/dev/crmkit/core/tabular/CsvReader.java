package dev.crmkit.core.tabular;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the records of an RFC 4180 CSV text, one at a time, without loading the text into memory.
 *
 * <p>Understands quoted fields with doubled quotes, line breaks inside quoted fields, CRLF, LF and lone CR
 * line endings, a leading UTF-8 byte-order mark, and any single-character separator. The first record is
 * the header; it names the columns. A quote character inside an unquoted field is kept as text (exports
 * write {@code 5" screen} that way).
 *
 * <p>Like the JDK's {@code DirectoryStream}, a reader is iterable only once. Usage:
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(reader, CsvFormat.semicolon())) {
 *     for (CsvRecord row : csv) {
 *         String y = row.get("y");
 *     }
 * }
 * }</pre>
 *
 * <p>Errors: malformed text throws {@link CsvFormatException} (naming the line and record), a failing
 * {@code Reader} throws {@link TabularIoException}. After either, the reader keeps throwing the same
 * exception, because its position inside the text is no longer meaningful.
 */
public final class CsvReader implements Iterable<CsvRecord>, Closeable {
    private final Reader source;
    private final CsvParser parser;
    private final CsvHeader header;
    private final CsvFormat format;
    private boolean iterated;
    private CsvRecord pending;
    private boolean finished;
    private RuntimeException failure;
    private long recordCount;

    private CsvReader(Reader source, CsvFormat format) {
        this.source = source;
        this.format = format;
        this.parser = new CsvParser(source, format);
        this.header = readHeader();
    }

    /**
     * Opens a CSV text and reads its header row.
     *
     * @param reader the text; closed by {@link #close()}
     * @param format separator and options
     * @return the reader, positioned before the first data record
     * @throws CsvFormatException  when the header is missing, malformed or names a column twice
     * @throws TabularIoException when {@code reader} fails
     */
    public static CsvReader open(Reader reader, CsvFormat format) {
        return new CsvReader(Objects.requireNonNull(reader, "reader"), Objects.requireNonNull(format, "format"));
    }

    /**
     * The column names from the header row.
     *
     * @return an unmodifiable list
     */
    public List<String> header() {
        return header.names();
    }

    /**
     * The records not yet read. Can be called once.
     *
     * @return an iterator whose {@code hasNext} and {@code next} may throw {@link CsvFormatException} or
     *         {@link TabularIoException}
     * @throws IllegalStateException when called a second time
     */
    @Override
    public Iterator<CsvRecord> iterator() {
        if (iterated) {
            throw new IllegalStateException("a CsvReader can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return advance();
            }

            @Override
            public CsvRecord next() {
                if (!advance()) {
                    throw new NoSuchElementException("no more CSV records");
                }
                CsvRecord next = pending;
                pending = null;
                return next;
            }
        };
    }

    /**
     * The records not yet read, as a sequential stream. Shares the single iteration with {@link #iterator()}.
     *
     * @return an ordered stream
     * @throws IllegalStateException when the reader was already iterated
     */
    public Stream<CsvRecord> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Closes the underlying reader.
     *
     * @throws TabularIoException when closing fails
     */
    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new TabularIoException("could not close the CSV source", e);
        }
    }

    private boolean advance() {
        if (failure != null) {
            throw failure;
        }
        if (pending != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        try {
            long number = recordCount + 1;
            String[] values = parser.next(number);
            if (values == null) {
                finished = true;
                return false;
            }
            if (format.strictFieldCount() && values.length != header.size()) {
                throw new CsvFormatException(parser.recordLine(), number, values.length,
                        "expected " + header.size() + " fields (as in the header) but found " + values.length);
            }
            recordCount = number;
            pending = new CsvRecord(header, values, parser.recordLine(), number);
            return true;
        } catch (CsvFormatException | TabularIoException e) {
            failure = e;
            throw e;
        }
    }

    private CsvHeader readHeader() {
        String[] names = parser.next(0);
        if (names == null) {
            throw new CsvFormatException(1, 0, null, "missing header row (the text is empty)");
        }
        Set<String> seen = new HashSet<>();
        List<String> columns = new ArrayList<>(names.length);
        for (String name : names) {
            if (!seen.add(name)) {
                throw new CsvFormatException(parser.recordLine(), 0, name, "the header names this column twice");
            }
            columns.add(name);
        }
        return new CsvHeader(columns);
    }
}
