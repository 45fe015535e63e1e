package thema.project;

import java.util.Arrays;

/**
 * A document text addressed in Unicode code points, as thema's files, Python, R and
 * REFI-QDA count. Java strings count UTF-16 units, so this converts between the two.
 * Texts without supplementary characters (no emoji etc.) convert for free.
 */
public final class Text {
    private final String s;
    /** UTF-16 indices of the high surrogates of supplementary characters, ascending. */
    private final int[] pairs;
    private final int cpLength;

    public Text(String s) {
        this.s = s;
        int[] p = new int[8];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (n == p.length) p = Arrays.copyOf(p, n * 2);
                p[n++] = i;
                i++;
            }
        }
        this.pairs = Arrays.copyOf(p, n);
        this.cpLength = s.length() - n;
    }

    public String string() {
        return s;
    }

    /** Length in code points. */
    public int length() {
        return cpLength;
    }

    /** UTF-16 index of code point offset {@code cp} (0..length()). */
    public int toChar(int cp) {
        if (cp < 0 || cp > cpLength) throw new IndexOutOfBoundsException("code point offset " + cp + " outside 0.." + cpLength);
        if (pairs.length == 0) return cp;
        // each pair before the target adds one UTF-16 unit: find k = pairs with (pairs[k] - k) < cp
        int lo = 0, hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] - mid < cp) lo = mid + 1; else hi = mid;
        }
        return cp + lo;
    }

    /** Code point offset of UTF-16 index {@code ch}; an index inside a pair maps to that character. */
    public int toCodePoint(int ch) {
        if (ch < 0 || ch > s.length()) throw new IndexOutOfBoundsException("char index " + ch + " outside 0.." + s.length());
        if (pairs.length == 0) return ch;
        int lo = 0, hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] < ch) lo = mid + 1; else hi = mid;
        }
        // lo pairs start before ch; a low half (ch == pair + 1) maps to its pair's character
        return ch - lo;
    }

    /** The text between two code point offsets (end exclusive). */
    public String substring(int cpStart, int cpEnd) {
        return s.substring(toChar(cpStart), toChar(cpEnd));
    }

    @Override
    public String toString() {
        return s;
    }
}
