package dev.flinkctl.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The column layout of flinkctl's borderless tables: upper-case headers, {@code -} for missing cells, columns padded to
 * their widest cell and separated by {@link #COLUMN_GAP}. Pure text, so {@link Printer#table} and the live view of
 * {@code metrics tail} lay out columns the same way.
 */
public final class Table {
    /** What separates two columns. */
    public static final String COLUMN_GAP = "   ";

    private final List<List<String>> lines;

    private Table(List<List<String>> lines) {
        this.lines = lines;
    }

    /**
     * @param headers the column headers (printed upper-case)
     * @param rows    the cells, one list per row, as many cells as headers (null cells print as {@code -})
     * @return the table
     */
    public static Table of(List<String> headers, List<List<String>> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(headers.stream().map(header -> header.toUpperCase(Locale.ROOT)).toList());
        rows.forEach(row -> lines.add(row.stream().map(cell -> cell == null ? "-" : cell).toList()));
        return new Table(List.copyOf(lines));
    }

    /** @return the header cells, upper-case */
    public List<String> header() {
        return lines.get(0);
    }

    /** @return the cells of the rows, without the header, {@code -} for missing ones */
    public List<List<String>> rows() {
        return lines.subList(1, lines.size());
    }

    /** @return the width of each column: its widest cell, header included */
    public int[] widths() {
        int[] widths = new int[header().size()];
        lines.forEach(line -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        });
        return widths;
    }

    /**
     * @return the header line and one line per row; every column but the last is padded to its width, so lines carry
     *     no trailing blanks
     */
    public List<String> lines() {
        int[] widths = widths();
        return lines.stream().map(line -> line(line, widths)).toList();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            boolean last = i == widths.length - 1;
            text.append(last ? cells.get(i) : pad(cells.get(i), widths[i]) + COLUMN_GAP);
        }
        return text.toString();
    }

    /** @return {@code cell} followed by blanks up to {@code width} characters (as is when it is already that wide) */
    static String pad(String cell, int width) {
        return cell.length() >= width ? cell : cell + " ".repeat(width - cell.length());
    }
}
