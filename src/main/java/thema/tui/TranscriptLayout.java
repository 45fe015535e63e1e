package thema.tui;

import java.util.ArrayList;
import java.util.List;
import thema.project.Document;
import thema.project.Text;
import thema.project.Turn;

/**
 * A document laid out for a text area {@code width} columns wide: each speaker label (with the
 * turn's start time, when it has one) on its own line, each turn's words wrapped at spaces. Every line knows the code points of the document it
 * shows, so codings map onto lines and keys move through the text. Pure: no terminal needed.
 */
public final class TranscriptLayout {
    /** One screen line: turn index (0-based), document code points [start, end), the text shown, and whether it is a label line ("Speaker:  00:01:23"). */
    public record Line(int turn, int start, int end, String text, boolean label) {
    }

    private TranscriptLayout() {
    }

    public static List<Line> of(Document d, int width) {
        int w = Math.max(8, width);
        Text text = d.text();
        String s = text.string();
        List<Line> out = new ArrayList<>();
        List<Turn> turns = d.turns();
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            String time = t.from() == null ? "" : t.from().length() > 8 ? t.from().substring(0, 8) : t.from();
            if (t.speaker() != null || !time.isEmpty()) {
                String label = t.speaker() == null ? time : time.isEmpty() ? t.speaker() + ":" : t.speaker() + ":  " + time;
                out.add(new Line(i, t.start(), t.body(), label, true));
            }
            int from = text.toChar(t.body()), to = text.toChar(t.end());
            int lineStart = from;
            while (lineStart < to) {
                int nl = s.indexOf('\n', lineStart);
                int paraEnd = nl < 0 || nl > to ? to : nl;
                if (paraEnd == lineStart) {
                    lineStart++;
                    continue;
                }
                int a = lineStart;
                while (a < paraEnd) {
                    int b = fit(s, a, paraEnd, w);
                    String shown = s.substring(a, b).stripTrailing();
                    out.add(new Line(i, text.toCodePoint(a), text.toCodePoint(b), shown, false));
                    a = b;
                    while (a < paraEnd && s.charAt(a) == ' ') a++;
                }
                lineStart = paraEnd + 1;
            }
        }
        return out;
    }

    /** The end (exclusive, a char index) of the longest run from {@code a} that fits {@code w} columns, broken after a space where possible. */
    static int fit(String s, int a, int end, int w) {
        int cols = 0, i = a, lastSpace = -1;
        while (i < end) {
            int cp = s.codePointAt(i);
            int cw = Draw.width(cp);
            if (cols + cw > w) break;
            cols += cw;
            if (cp == ' ') lastSpace = i;
            i += Character.charCount(cp);
        }
        if (i >= end) return end;
        if (lastSpace > a) return lastSpace + 1;
        return i == a ? a + Character.charCount(s.codePointAt(a)) : i;
    }

}
