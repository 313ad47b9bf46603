package dev.crmkit.core.tabular;

import dev.crmkit.core.error.ValidationException;

/**
 * The CSV text is malformed: an unterminated quote, text after a closing quote, a wrong field count, a
 * missing or duplicated header, or an over-long field. Names the physical line and the record where the
 * problem starts.
 */
public class CsvFormatException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /** See {@link #lineNumber()}. */
    private final long lineNumber;
    /** See {@link #recordNumber()}. */
    private final long recordNumber;

    /**
     * Creates the exception.
     *
     * @param lineNumber    1-based physical line on which the offending record starts
     * @param recordNumber  1-based data record number, {@code 0} for the header row
     * @param rejectedValue the offending text (abbreviated in the message), or null
     * @param reason        what is wrong
     */
    public CsvFormatException(long lineNumber, long recordNumber, Object rejectedValue, String reason) {
        super("line " + lineNumber + (recordNumber == 0 ? " (header)" : " (record " + recordNumber + ")"), rejectedValue, reason);
        this.lineNumber = lineNumber;
        this.recordNumber = recordNumber;
    }

    /**
     * The physical line (1-based, the header is line 1) on which the offending record starts.
     *
     * @return the line number
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * The data record number (1-based; {@code 0} when the header itself is malformed).
     *
     * @return the record number
     */
    public long recordNumber() {
        return recordNumber;
    }
}
