package dev.mfck.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a Markdown text, for the catalogue and the matrix: each with its header and its
 * rows, every cell trimmed. A table is a run of lines starting with {@code |}; its first line is
 * the header, and its separator line ({@code |---|}) is skipped.
 */
public final class MarkdownTables {

    /**
     * One table.
     *
     * @param header the header's cells
     * @param rows   every body row's cells
     */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    private MarkdownTables() {
    }

    /**
     * @param markdown a Markdown text
     * @return its tables, in order
     */
    public static List<Table> parse(String markdown) {
        List<Table> tables = new ArrayList<>();
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("|")) {
                if (header != null) {
                    tables.add(new Table(header, List.copyOf(rows)));
                }
                header = null;
                rows.clear();
                continue;
            }
            List<String> cells = cells(trimmed);
            if (header == null) {
                header = cells;
            } else if (!cells.get(0).startsWith("---")) {
                rows.add(cells);
            }
        }
        if (header != null) {
            tables.add(new Table(header, List.copyOf(rows)));
        }
        return tables;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }
}
