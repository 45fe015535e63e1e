package thema.search;

/** Keyword in context: about {@code width} characters each side of a match, cut at word boundaries, on one line. */
final class Kwic {
    private Kwic() {
    }

    /** [before, after] for the match [from, to) (Java indices) of {@code s}, within [lo, hi). */
    static String[] around(String s, int from, int to, int lo, int hi, int width) {
        int a = Math.max(lo, from - width);
        if (a > lo) {
            int space = s.indexOf(' ', a);
            if (space >= 0 && space < from) a = space + 1;
        }
        int b = Math.min(hi, to + width);
        if (b < hi) {
            int space = s.lastIndexOf(' ', b);
            if (space > to) b = space;
        }
        a = safe(s, a);
        b = safe(s, b);
        String before = (a > lo ? "…" : "") + oneLine(s.substring(a, from));
        String after = oneLine(s.substring(to, b)) + (b < hi ? "…" : "");
        return new String[]{before, after};
    }

    /** Never cut a surrogate pair (an emoji) in half. */
    private static int safe(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
