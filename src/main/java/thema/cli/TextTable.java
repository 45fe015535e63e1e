package thema.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table. Widths are measured in terminal columns, so accented and
 * wide characters (CJK, emoji) line up.
 */
final class TextTable {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] right;

    TextTable(String... header) {
        this.header = header;
        this.right = new boolean[header.length];
    }

    /** Right-aligns the given columns (numbers). */
    TextTable alignRight(int... columns) {
        for (int c : columns) right[c] = true;
        return this;
    }

    TextTable row(Object... cells) {
        String[] r = new String[header.length];
        for (int i = 0; i < r.length; i++) r[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
        rows.add(r);
        return this;
    }

    void print(PrintWriter out) {
        int[] w = new int[header.length];
        for (int i = 0; i < w.length; i++) w[i] = Columns.width(header[i]);
        for (String[] r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], Columns.width(r[i]));
        line(out, header, w);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        out.println(rule);
        for (String[] r : rows) line(out, r, w);
    }

    /** The same table as Markdown, ready to paste into a paper ('|' in cells escaped). */
    void printMarkdown(PrintWriter out) {
        out.println(markdownLine(header));
        StringBuilder rule = new StringBuilder("|");
        for (boolean r : right) rule.append(r ? " ---: |" : " --- |");
        out.println(rule);
        for (String[] r : rows) out.println(markdownLine(r));
    }

    private static String markdownLine(String[] cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) b.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
        return b.toString();
    }

    /** A bar of '█' for {@code n} scaled so that {@code max} fills {@code width} columns; any n > 0 shows at least '▏'. */
    static String bar(int n, int max, int width) {
        if (n <= 0 || max <= 0) return "";
        int cells = (int) Math.round((double) n * width / max);
        return cells == 0 ? "▏" : "█".repeat(cells);
    }

    private void line(PrintWriter out, String[] cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append("  ");
            String pad = " ".repeat(Math.max(0, w[i] - Columns.width(cells[i])));
            if (right[i]) b.append(pad).append(cells[i]);
            else if (i < cells.length - 1) b.append(cells[i]).append(pad);
            else b.append(cells[i]);
        }
        out.println(b.toString().stripTrailing());
    }
}
