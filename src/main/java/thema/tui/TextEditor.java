package thema.tui;

import java.util.ArrayList;
import java.util.List;

/** Text being typed (a memo, a prompt): the text, a caret, and the rows it wraps to. */
final class TextEditor {
    private final StringBuilder text;
    private int caret;
    private int firstRow;

    TextEditor(String initial) {
        text = new StringBuilder(initial);
        caret = text.length();
    }

    String text() {
        return text.toString();
    }

    void insert(String s) {
        text.insert(caret, s);
        caret += s.length();
    }

    void newline() {
        insert("\n");
    }

    void backspace() {
        if (caret == 0) return;
        int from = text.offsetByCodePoints(caret, -1);
        text.delete(from, caret);
        caret = from;
    }

    void delete() {
        if (caret < text.length()) text.delete(caret, text.offsetByCodePoints(caret, 1));
    }

    void left() {
        if (caret > 0) caret = text.offsetByCodePoints(caret, -1);
    }

    void right() {
        if (caret < text.length()) caret = text.offsetByCodePoints(caret, 1);
    }

    void home() {
        caret = 0;
    }

    void end() {
        caret = text.length();
    }

    void up() {
    }

    void down() {
    }

    void clear() {
        text.setLength(0);
        caret = 0;
    }

    void deleteWordBack() {
        int from = caret;
        while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) from--;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        text.delete(from, caret);
        caret = from;
    }

    /** The one line of a prompt {@code width} columns wide, scrolled so the caret shows. */
    String visibleLine(int width) {
        String s = text.toString();
        int from = 0;
        while (Draw.width(s.substring(from, caret)) >= width - 1) from = s.offsetByCodePoints(from, 1);
        return Draw.fit(s.substring(from), width - 1).replace('\n', '⏎') + (caret == s.length() ? "▏" : "");
    }

    private record Row(int start, int end) {
    }

    private List<Row> rows(int width) {
        String s = text.toString();
        List<Row> out = new ArrayList<>();
        int a = 0;
        while (true) {
            int nl = s.indexOf('\n', a);
            int paraEnd = nl < 0 ? s.length() : nl;
            int x = a;
            do {
                int b = x >= paraEnd ? paraEnd : TranscriptLayout.fit(s, x, paraEnd, Math.max(1, width - 1));
                out.add(new Row(x, b));
                x = b;
            } while (x < paraEnd);
            if (nl < 0) return out;
            a = nl + 1;
        }
    }

    private int caretRowIn(List<Row> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) if (rows.get(i).start() <= caret) return i;
        return 0;
    }

    List<String> visibleRows(int width, int rows) {
        List<Row> all = rows(width);
        int cr = caretRowIn(all);
        if (cr < firstRow) firstRow = cr;
        if (cr >= firstRow + rows) firstRow = cr - rows + 1;
        List<String> out = new ArrayList<>();
        for (int i = firstRow; i < all.size() && out.size() < rows; i++) out.add(text.substring(all.get(i).start(), all.get(i).end()));
        lastWidth = width;
        return out;
    }

    private int lastWidth = 40;

    int caretRow() {
        return caretRowIn(rows(lastWidth)) - firstRow;
    }

    int caretColumn() {
        List<Row> all = rows(lastWidth);
        Row r = all.get(caretRowIn(all));
        return Draw.width(text.substring(r.start(), Math.min(caret, r.end())));
    }
}
