package thema.tui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import thema.project.Document;
import thema.project.Text;
import thema.project.Turn;

/**
 * Moving one end of a selection through a transcript by character, word, sentence or turn.
 * Positions are code point offsets into the document text (boundaries between characters).
 * Motions cross turns but never land inside a speaker label, and stop at the document's ends.
 * Words and sentences come from the locale's {@link BreakIterator}s over each turn's words.
 * Pure: no terminal needed.
 */
public final class Motion {
    public enum Unit { CHARACTER, WORD, SENTENCE, TURN }

    private static final String APOSTROPHES = "'\u2019\u02BC";

    private Motion() {
    }

    /**
     * The position one {@code unit} from {@code pos} in direction {@code dir} (+1 forward, -1
     * backward). Forward lands on the END of a word, sentence or turn's words (like vim's
     * {@code e}, so a selection grown forward ends on text, not on a space); backward on the
     * START of one. Where there is no further unit the position stays.
     */
    public static int move(Document d, int pos, Unit unit, int dir, Locale locale) {
        int p = Math.max(0, Math.min(d.length(), pos));
        if (unit == Unit.CHARACTER) return character(d, p, dir);
        List<Turn> turns = d.turns();
        if (turns.isEmpty()) return p;
        int t = turnIndex(d, p);
        if (dir > 0) {
            for (int i = t; i < turns.size(); i++) {
                for (int[] s : spans(d, i, unit, locale)) if (s[1] > p) return s[1];
            }
        } else {
            for (int i = t; i >= 0; i--) {
                List<int[]> spans = spans(d, i, unit, locale);
                for (int k = spans.size() - 1; k >= 0; k--) if (spans.get(k)[0] < p) return spans.get(k)[0];
            }
        }
        return p;
    }

    /** One user-perceived character on: a code point with the combining marks, joiners and variation selectors that go with it; never a position in a speaker label (a selection never takes in a label's text). */
    private static int character(Document d, int p, int dir) {
        Text text = d.text();
        String s = text.string();
        int n = d.length();
        int c = text.toChar(p);
        if (dir > 0) {
            if (p >= n) return n;
            c += Character.charCount(s.codePointAt(c));
            while (c < s.length() && (joinsPrevious(s.codePointAt(c)) || isJoiner(s.codePointBefore(c)))) c += Character.charCount(s.codePointAt(c));
        } else {
            if (p <= 0) return 0;
            c -= Character.charCount(s.codePointBefore(c));
            while (c > 0 && (joinsPrevious(s.codePointAt(c)) || isJoiner(s.codePointBefore(c)))) c -= Character.charCount(s.codePointBefore(c));
        }
        int q = text.toCodePoint(c);
        // a label is stepped over whole: forward to its turn's words, backward to just before it
        for (Turn t = d.turnAt(q); t != null && t.start() <= q && q < t.body(); t = d.turnAt(q)) {
            if (dir > 0 || t.start() == 0) return t.body();
            q = t.start() - 1;
        }
        return q;
    }

    private static boolean joinsPrevious(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x200D;
    }

    private static boolean isJoiner(int cp) {
        return cp == 0x200D;
    }

    /** The 0-based index of the turn {@code pos} lies in (or after); turns are numbered from 1 in order. */
    private static int turnIndex(Document d, int pos) {
        return d.turnAt(pos).n() - 1;
    }

    /** The units of turn {@code i}'s words as code point spans {start, end}, in order, trimmed of white space. */
    static List<int[]> spans(Document d, int i, Unit unit, Locale locale) {
        Turn t = d.turns().get(i);
        List<int[]> out = new ArrayList<>();
        if (t.end() <= t.body()) return out;
        if (unit == Unit.TURN) {
            out.add(new int[] {t.body(), t.end()});
            return out;
        }
        Text text = d.text();
        String s = text.string();
        int from = text.toChar(t.body()), to = text.toChar(t.end());
        BreakIterator it = unit == Unit.WORD ? BreakIterator.getWordInstance(locale) : BreakIterator.getSentenceInstance(locale);
        it.setText(s.substring(from, to));
        List<int[]> chars = new ArrayList<>();
        for (int a = it.first(), b = it.next(); b != BreakIterator.DONE; a = b, b = it.next()) {
            int x = from + a, y = from + b;
            while (x < y && Character.isWhitespace(s.charAt(x))) x++;
            while (y > x && Character.isWhitespace(s.charAt(y - 1))) y--;
            if (x == y || (unit == Unit.WORD && !isWord(s, x, y))) continue;
            int[] prev = chars.isEmpty() ? null : chars.get(chars.size() - 1);
            // the JDK splits "m’a" and "l’école" at a curly apostrophe; one apostrophe between two words joins them
            if (unit == Unit.WORD && prev != null && prev[1] + 1 == x && APOSTROPHES.indexOf(s.charAt(prev[1])) >= 0) {
                prev[1] = y;
            } else {
                chars.add(new int[] {x, y});
            }
        }
        for (int[] c : chars) out.add(new int[] {text.toCodePoint(c[0]), text.toCodePoint(c[1])});
        return out;
    }

    /** Whether a word-iterator segment is a word: it holds a letter, a digit or a symbol such as an emoji (not only punctuation). */
    private static boolean isWord(String s, int a, int b) {
        for (int i = a; i < b; i += Character.charCount(s.codePointAt(i))) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_SYMBOL) return true;
        }
        return false;
    }
}
