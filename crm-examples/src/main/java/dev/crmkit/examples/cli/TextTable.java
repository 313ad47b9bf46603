package dev.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: a header, a rule of dashes, the rows, and optional rules before
 * totals. Columns are separated by two spaces; numbers are right-aligned, text left-aligned. Cells longer than
 * a column's limit are cut with an ellipsis so one long name cannot push the table off the screen.
 */
final class TextTable {
    private final List<Column> columns = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** A column: its header, alignment and widest cell. */
    private record Column(String header, boolean right, int maxWidth) {
    }

    /** A left-aligned text column. */
    TextTable left(String header) {
        return left(header, 40);
    }

    /** A left-aligned text column whose cells are cut at {@code maxWidth}. */
    TextTable left(String header, int maxWidth) {
        columns.add(new Column(header, false, maxWidth));
        return this;
    }

    /** A right-aligned (number) column. */
    TextTable right(String header) {
        columns.add(new Column(header, true, 40));
        return this;
    }

    /** Adds a row; {@code null} cells print empty. */
    TextTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cut(cells[i] == null ? "" : cells[i].toString(), columns.get(i).maxWidth());
        }
        rows.add(row);
        return this;
    }

    /** Adds a rule of dashes (before a total row). */
    TextTable rule() {
        rows.add(null);
        return this;
    }

    /** Whether no row was added. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table, each line indented by {@code indent} spaces. */
    void print(PrintWriter out, int indent) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).header().length();
            for (String[] row : rows) {
                if (row != null) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
        }
        String[] header = columns.stream().map(Column::header).toArray(String[]::new);
        out.println(line(header, widths, indent));
        out.println(rule(widths, indent));
        for (String[] row : rows) {
            out.println(row == null ? rule(widths, indent) : line(row, widths, indent));
        }
    }

    /** Prints the table without indentation. */
    void print(PrintWriter out) {
        print(out, 0);
    }

    private String line(String[] cells, int[] widths, int indent) {
        StringBuilder line = new StringBuilder(" ".repeat(indent));
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String cell = cells[i];
            String pad = " ".repeat(widths[i] - cell.length());
            boolean last = i == cells.length - 1;
            if (columns.get(i).right()) {
                line.append(pad).append(cell);
            } else {
                line.append(cell).append(last ? "" : pad);
            }
        }
        return line.toString().stripTrailing();
    }

    private static String rule(int[] widths, int indent) {
        StringBuilder line = new StringBuilder(" ".repeat(indent));
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append("-".repeat(widths[i]));
        }
        return line.toString();
    }

    private static String cut(String text, int maxWidth) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= maxWidth ? oneLine : oneLine.substring(0, maxWidth - 1) + "…";
    }
}
