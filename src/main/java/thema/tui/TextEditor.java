package thema.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Text being typed: a memo of several lines, wrapped at spaces and scrolled so the caret stays
 * in view ({@link #visibleRows}), or a one-line prompt scrolled sideways ({@link #visibleLine}).
 * The caret is a char index, always on a code point boundary; wide characters take two
 * columns. Pure state: keys call the editing methods, drawing asks for what is visible.
 */
public final class TextEditor {
    private String text;
    private int caret;
    /** The first wrapped row shown (memo) and the first char shown (prompt): the scroll state. */
    private int firstRow, firstChar;
    /** The width last drawn at: up and down move through the rows the coder sees. */
    private int width = 80;
    private int caretRow, caretColumn;
    /** The column up and down aim for, kept across a run of them (-1: the caret's own). */
    private int goal = -1;

    public TextEditor() {
        this("");
    }

    public TextEditor(String text) {
        this.text = text;
        this.caret = text.length();
    }

    public String text() {
        return text;
    }

    public int caret() {
        return caret;
    }

    public int firstRow() {
        return firstRow;
    }

    public void insert(String s) {
        text = text.substring(0, caret) + s + text.substring(caret);
        caret += s.length();
        goal = -1;
    }

    public void newline() {
        insert("\n");
    }

    public void backspace() {
        if (caret == 0) return;
        int from = text.offsetByCodePoints(caret, -1);
        text = text.substring(0, from) + text.substring(caret);
        caret = from;
        goal = -1;
    }

    public void delete() {
        if (caret == text.length()) return;
        text = text.substring(0, caret) + text.substring(text.offsetByCodePoints(caret, 1));
        goal = -1;
    }

    /** Ctrl-U: everything goes. */
    public void clear() {
        text = "";
        caret = firstRow = firstChar = 0;
        goal = -1;
    }

    /** Ctrl-W: the white space before the caret and the word before that. */
    public void deleteWordBack() {
        int from = caret;
        while (from > 0 && Character.isWhitespace(text.codePointBefore(from))) from = text.offsetByCodePoints(from, -1);
        while (from > 0 && !Character.isWhitespace(text.codePointBefore(from))) from = text.offsetByCodePoints(from, -1);
        text = text.substring(0, from) + text.substring(caret);
        caret = from;
        goal = -1;
    }

    public void left() {
        if (caret > 0) caret = text.offsetByCodePoints(caret, -1);
        goal = -1;
    }

    public void right() {
        if (caret < text.length()) caret = text.offsetByCodePoints(caret, 1);
        goal = -1;
    }

    /** To the start of the caret's line (of the text, not of the wrapped row). */
    public void home() {
        caret = text.lastIndexOf('\n', caret - 1) + 1;
        goal = -1;
    }

    public void end() {
        int nl = text.indexOf('\n', caret);
        caret = nl < 0 ? text.length() : nl;
        goal = -1;
    }

    public void up() {
        vertical(-1);
    }

    public void down() {
        vertical(1);
    }

    /** One wrapped row up or down, as near the goal column as the row allows; past the first or last row, to the text's start or end. */
    private void vertical(int dir) {
        List<Row> rows = rows(width);
        int r = rowOf(rows, caret);
        Row here = rows.get(r);
        if (goal < 0) goal = Draw.width(text.substring(here.start, caret));
        int target = r + dir;
        if (target < 0 || target >= rows.size()) {
            caret = target < 0 ? 0 : text.length();
            return;
        }
        Row to = rows.get(target);
        // a row that wraps ends where the next begins: the caret stops before its last character
        int limit = to.lastOfLine || to.end == to.start ? to.end : text.offsetByCodePoints(to.end, -1);
        int c = to.start, cols = 0;
        while (c < limit) {
            int w = Draw.width(Character.toString(text.codePointAt(c)));
            if (cols + w > goal) break;
            cols += w;
            c += Character.charCount(text.codePointAt(c));
        }
        caret = c;
    }

    /**
     * The rows of the text wrapped to {@code width} columns that fit in {@code rows} lines,
     * scrolled so the caret's row is among them; afterwards {@link #caretRow} and
     * {@link #caretColumn} say where on them the caret is. The last column is kept for the
     * caret at a line's end.
     */
    public List<String> visibleRows(int width, int rows) {
        this.width = Math.max(2, width);
        int shown = Math.max(1, rows);
        List<Row> all = rows(this.width);
        int r = rowOf(all, caret);
        if (r < firstRow) firstRow = r;
        if (r >= firstRow + shown) firstRow = r - shown + 1;
        firstRow = Math.max(0, Math.min(firstRow, all.size() - shown));
        List<String> out = new ArrayList<>(shown);
        for (int i = firstRow; i < Math.min(all.size(), firstRow + shown); i++) out.add(text.substring(all.get(i).start, all.get(i).end));
        caretRow = r - firstRow;
        caretColumn = Draw.width(text.substring(all.get(r).start, caret));
        return out;
    }

    /**
     * The prompt's one line in {@code width} columns, scrolled sideways so the caret is in view
     * (and as much of the text as fits); afterwards {@link #caretColumn} is the caret's column.
     */
    public String visibleLine(int width) {
        int room = Math.max(1, width - 1);
        firstChar = Math.min(firstChar, caret);
        while (Draw.width(text.substring(firstChar, caret)) > room) firstChar = text.offsetByCodePoints(firstChar, 1);
        // after a deletion, scroll back to show what now fits
        while (firstChar > 0 && Draw.width(text.substring(text.offsetByCodePoints(firstChar, -1))) <= room) firstChar = text.offsetByCodePoints(firstChar, -1);
        int end = firstChar, cols = 0;
        while (end < text.length()) {
            int w = Draw.width(Character.toString(text.codePointAt(end)));
            if (cols + w > width) break;
            cols += w;
            end += Character.charCount(text.codePointAt(end));
        }
        caretRow = 0;
        caretColumn = Draw.width(text.substring(firstChar, caret));
        // a newline (a memo shown on one line) takes one column as ⏎
        return text.substring(firstChar, end).replace('\n', '⏎');
    }

    /** The caret's row among those last returned by {@link #visibleRows} (0 for a prompt). */
    public int caretRow() {
        return caretRow;
    }

    /** The caret's column in the row or line last returned. */
    public int caretColumn() {
        return caretColumn;
    }

    /** One wrapped row: chars [start, end) of the text; lastOfLine when a newline or the text's end follows. */
    private record Row(int start, int end, boolean lastOfLine) {
    }

    private List<Row> rows(int width) {
        List<Row> out = new ArrayList<>();
        int a = 0;
        while (true) {
            int nl = text.indexOf('\n', a);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (lineEnd == a) out.add(new Row(a, a, true));
            for (int s = a; s < lineEnd; ) {
                int e = TranscriptLayout.fit(text, s, lineEnd, width - 1);
                out.add(new Row(s, e, e == lineEnd));
                s = e;
            }
            if (nl < 0) return out;
            a = nl + 1;
        }
    }

    /** The row the caret at char {@code c} is drawn on: at a wrap it is the next row's start. */
    private static int rowOf(List<Row> rows, int c) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.start <= c && (c < r.end || (c == r.end && r.lastOfLine))) return i;
        }
        return rows.size() - 1;
    }
}
