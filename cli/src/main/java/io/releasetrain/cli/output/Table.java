package io.releasetrain.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows in aligned columns, for people: a header line, then one line per row, columns two spaces apart. */
public final class Table {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> headers) {
        this.headers = headers;
    }

    /** A table with these column headers. */
    public static Table of(String... headers) {
        return new Table(List.of(headers));
    }

    /** Adds a row; null cells print as "-". */
    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("Row has " + cells.length + " cells, table has " + headers.size());
        }
        rows.add(Arrays.stream(cells).map(c -> c == null || c.toString().isEmpty() ? "-" : c.toString()).toList());
        return this;
    }

    /** Whether no row was added. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table; the last column is not padded. */
    public void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, headers, widths);
        rows.forEach(row -> line(out, row, widths));
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            text.append(cell);
            if (i < cells.size() - 1) {
                text.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        out.println(text.toString().stripTrailing());
    }
}
