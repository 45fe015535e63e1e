package thema.importing;

/**
 * The one definition of white space the importers trim with: Java white space plus
 * no-break and other Unicode space characters (Word and subtitle files use U+00A0),
 * and a stray BOM (U+FEFF), which is invisible too.
 */
final class Whitespace {
    private Whitespace() {
    }

    static boolean is(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Index of the first non-space char in [from, to), or -1. */
    static int firstNonSpace(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!is(s.charAt(i))) return i;
        }
        return -1;
    }

    /** Index after the last non-space char in [from, to), or -1. */
    static int endOfNonSpace(String s, int from, int to) {
        for (int i = to; i > from; i--) {
            if (!is(s.charAt(i - 1))) return i;
        }
        return -1;
    }
}
