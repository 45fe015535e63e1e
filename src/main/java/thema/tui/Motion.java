package thema.tui;

import java.text.BreakIterator;
import java.util.Locale;
import thema.project.Document;
import thema.project.Text;
import thema.project.Turn;

/** Moving one end of a selection through a transcript by character, word, sentence or turn, across turns, never into a speaker label. */
final class Motion {
    enum Unit { CHARACTER, WORD, SENTENCE, TURN }

    private Motion() {
    }

    static int move(Document d, int pos, Unit unit, int dir, Locale locale) {
        if (d.turns().isEmpty()) return pos;
        Text text = d.text();
        String s = text.string();
        int at = text.toChar(Math.max(0, Math.min(pos, d.length())));
        int next = switch (unit) {
            case CHARACTER -> dir > 0 ? Math.min(s.length(), at + (at < s.length() ? Character.charCount(s.codePointAt(at)) : 0)) : Math.max(0, at - (at > 0 ? Character.charCount(s.codePointBefore(at)) : 0));
            case WORD -> boundary(s, at, dir, BreakIterator.getWordInstance(locale));
            case SENTENCE -> boundary(s, at, dir, BreakIterator.getSentenceInstance(locale));
            case TURN -> turnEdge(d, text, at, dir);
        };
        return inWords(d, text.toCodePoint(next), dir);
    }

    /** Forward: the end of the next unit that holds a letter or digit; backward: the start of this or the previous one. */
    private static int boundary(String s, int at, int dir, BreakIterator it) {
        it.setText(s);
        if (dir > 0) {
            int start = at, end;
            while ((end = it.following(start)) != BreakIterator.DONE) {
                int trimmed = end;
                while (trimmed > start && Character.isWhitespace(s.charAt(trimmed - 1))) trimmed--;
                if (trimmed > at && hasWord(s, start, trimmed)) return trimmed;
                start = end;
            }
            return s.length();
        }
        int end = at, start;
        while ((start = it.preceding(end)) != BreakIterator.DONE) {
            int from = start;
            while (from < end && Character.isWhitespace(s.charAt(from))) from++;
            if (from < at && hasWord(s, from, end)) return from;
            end = start;
        }
        return 0;
    }

    private static boolean hasWord(String s, int a, int b) {
        for (int i = a; i < b; i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }

    private static int turnEdge(Document d, Text text, int at, int dir) {
        int cp = text.toCodePoint(at);
        int i = d.turnAt(Math.min(Math.max(0, dir > 0 ? cp : cp - 1), Math.max(0, d.length() - 1))).n() - 1;
        Turn t = d.turns().get(i);
        if (dir > 0) return text.toChar(cp < t.end() ? t.end() : i + 1 < d.turns().size() ? d.turns().get(i + 1).end() : t.end());
        return text.toChar(cp > t.body() ? t.body() : i > 0 ? d.turns().get(i - 1).body() : t.body());
    }

    /** A position inside a speaker label moves out of it: to the words after it going forward, to the end of the turn before going back. */
    private static int inWords(Document d, int cp, int dir) {
        Turn t = d.turnAt(Math.min(cp, Math.max(0, d.length() - 1)));
        if (cp >= t.body() || cp <= t.start()) return cp;
        if (dir > 0 || t.n() == 1) return t.body();
        return d.turns().get(t.n() - 2).end();
    }

    /** [start, end) widened to the whole sentences (or turns) it touches, without the spaces at their ends. */
    static int[] widen(Document d, int start, int end, Unit unit, Locale locale) {
        Turn t = d.turnAt(start);
        if (unit == Unit.TURN) return new int[]{Math.min(start, t.body()), Math.max(end, d.turnAt(Math.max(start, end - 1)).end())};
        Text text = d.text();
        String s = text.string();
        int lo = text.toChar(t.body()), hi = text.toChar(t.end());
        BreakIterator it = unit == Unit.WORD ? BreakIterator.getWordInstance(locale) : BreakIterator.getSentenceInstance(locale);
        it.setText(s.substring(lo, hi));
        int a = text.toChar(start) - lo, b = text.toChar(end) - lo;
        int from = it.isBoundary(Math.max(0, Math.min(a, hi - lo))) ? a : it.preceding(a);
        int to = b >= hi - lo || it.isBoundary(b) ? b : it.following(b);
        from = Math.max(0, from);
        to = to == BreakIterator.DONE ? hi - lo : to;
        while (to > from && Character.isWhitespace(s.charAt(lo + to - 1))) to--;
        while (from < to && Character.isWhitespace(s.charAt(lo + from))) from++;
        return new int[]{text.toCodePoint(lo + from), text.toCodePoint(lo + to)};
    }
}
