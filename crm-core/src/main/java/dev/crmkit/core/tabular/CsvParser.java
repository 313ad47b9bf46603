package dev.crmkit.core.tabular;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 4180 state machine behind {@link CsvReader}: turns characters into arrays of fields, one record
 * per call, holding only the current record in memory.
 */
final class CsvParser {
    private static final int EOF = -1;
    private static final char BOM = '\uFEFF';

    private final Reader reader;
    private final CsvFormat format;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;

    private long line = 1;
    private long recordLine = 1;
    private long recordNumber;
    private final StringBuilder field = new StringBuilder();
    private final List<String> fields = new ArrayList<>();

    CsvParser(Reader reader, CsvFormat format) {
        this.reader = reader;
        this.format = format;
    }

    /** The line on which the record last returned by {@link #next} started. */
    long recordLine() {
        return recordLine;
    }

    /**
     * Reads the next record.
     *
     * @param number the record number to report in errors (0 for the header)
     * @return the fields, or null at the end of the input
     */
    String[] next(long number) {
        this.recordNumber = number;
        int c = read();
        if (format.skipBlankLines()) {
            while (c == '\r' || c == '\n') {
                consumeLineEnd(c);
                c = read();
            }
        }
        if (c == EOF) {
            return null;
        }
        recordLine = line;
        fields.clear();
        while (true) {
            field.setLength(0);
            c = c == format.quote() ? readQuoted() : readPlain(c);
            fields.add(field.toString());
            if (c == format.separator()) {
                c = read();
                continue;
            }
            consumeLineEnd(c);
            return fields.toArray(new String[0]);
        }
    }

    private int readPlain(int first) {
        int c = first;
        char separator = format.separator();
        while (c != separator && c != '\r' && c != '\n' && c != EOF) {
            append((char) c);
            // copy the rest of the field that is already buffered in one go instead of char by char
            int start = position;
            while (position < limit) {
                char next = buffer[position];
                if (next == separator || next == '\r' || next == '\n') {
                    break;
                }
                position++;
            }
            appendBuffered(start, position);
            c = read();
        }
        return c;
    }

    private int readQuoted() {
        long openedOn = line;
        char quote = format.quote();
        while (true) {
            int c = read();
            if (c == EOF) {
                throw error(abbreviatedField(), "unterminated quoted field (the quote was opened on line " + openedOn + ")");
            }
            if (c == quote) {
                int after = read();
                if (after == quote) {
                    append(quote);
                    continue;
                }
                if (after == format.separator() || after == '\r' || after == '\n' || after == EOF) {
                    return after;
                }
                if (format.strictFieldCount()) {
                    throw error(abbreviatedField(), "unexpected character '" + (char) after + "' after a closing quote");
                }
                return readPlain(after);
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            append((char) c);
            int start = position;
            while (position < limit) {
                char next = buffer[position];
                if (next == quote || next == '\r' || next == '\n') {
                    break;
                }
                position++;
            }
            appendBuffered(start, position);
        }
    }

    private void consumeLineEnd(int c) {
        if (c == '\r') {
            if (peek() == '\n') {
                read();
            }
            line++;
        } else if (c == '\n') {
            line++;
        }
    }

    private void append(char c) {
        if (field.length() >= format.maxFieldChars()) {
            throw tooLong();
        }
        field.append(c);
    }

    private void appendBuffered(int from, int to) {
        if (field.length() + (to - from) > format.maxFieldChars()) {
            field.append(buffer, from, format.maxFieldChars() - field.length());
            throw tooLong();
        }
        field.append(buffer, from, to - from);
    }

    private CsvFormatException tooLong() {
        return error(abbreviatedField(), "field is longer than " + format.maxFieldChars() + " characters");
    }

    private String abbreviatedField() {
        return field.length() <= 80 ? field.toString() : field.substring(0, 80);
    }

    private CsvFormatException error(Object rejected, String reason) {
        return new CsvFormatException(recordLine, recordNumber, rejected, reason);
    }

    private int read() {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    private int peek() {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private boolean fill() {
        if (endOfInput) {
            return false;
        }
        try {
            int count;
            do {
                count = reader.read(buffer, 0, buffer.length);
            } while (count == 0);
            if (count < 0) {
                endOfInput = true;
                return false;
            }
            position = 0;
            limit = count;
            if (!started) {
                started = true;
                if (buffer[0] == BOM) {
                    position = 1;
                    return position < limit || fill();
                }
            }
            return true;
        } catch (IOException e) {
            throw new TabularIoException("could not read CSV text at line " + line, e);
        }
    }
}
