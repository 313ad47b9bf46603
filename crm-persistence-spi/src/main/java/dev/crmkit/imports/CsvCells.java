package dev.crmkit.imports;

import java.util.List;
import java.util.Objects;

/**
 * Writing CSV cells safely: RFC 4180 quoting, and neutralizing cells a spreadsheet would run as a formula
 * (CSV injection, see OWASP "CSV Injection"). Imports keep data exactly as read; exports and reject files that
 * people open in spreadsheets use {@link #neutralize(String)}.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * The cell with a leading single quote when it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
     * or a carriage return, which spreadsheets treat as the start of a formula (OWASP's recommendation); other
     * cells are returned unchanged. Apply it to text cells only: an exporter writes a numeric cell such as
     * {@code -5} as a number.
     *
     * @throws NullPointerException for null
     */
    public static String neutralize(String cell) {
        Objects.requireNonNull(cell, "cell");
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /**
     * The cell as one RFC 4180 field: quoted (with quotes doubled) when it contains the separator, a quote, a
     * line break, or leading or trailing spaces; otherwise unchanged.
     */
    public static String quote(String cell, char separator) {
        Objects.requireNonNull(cell, "cell");
        boolean needsQuotes = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || (!cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' '));
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** The cells as one CSV line (without the line break). */
    public static String line(List<String> cells, char separator) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            line.append(quote(cells.get(i), separator));
        }
        return line.toString();
    }
}
