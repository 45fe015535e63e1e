package thema.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import thema.project.Code;
import thema.project.Codebook;

/** Writing text onto a Lanterna surface, the same way for every screen. */
final class Draw {
    private static final TextColor[] PALETTE = {TextColor.ANSI.BLUE, TextColor.ANSI.GREEN, TextColor.ANSI.MAGENTA,
            TextColor.ANSI.CYAN, TextColor.ANSI.RED, TextColor.ANSI.YELLOW};

    private Draw() {
    }

    static void put(TextGraphics g, int x, int y, String s, SGR... sgr) {
        if (sgr.length > 0) g.enableModifiers(sgr);
        // one cell per code point: Lanterna's putString splits an emoji's surrogate pair into two '?' cells
        Style style = Style.of(g.getForegroundColor(), g.getBackgroundColor(), g.getActiveModifiers());
        int col = x;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Known c = style.cell(cp);
            if (c == null) continue;
            g.setCharacter(col, y, c);
            col += c.wide ? 2 : 1;
        }
        if (sgr.length > 0) g.disableModifiers(sgr);
    }

    /** Every modifier, in one array made once (SGR.values() copies its array at each call). */
    static final SGR[] SGRS = SGR.values();

    /**
     * A look (colours and modifiers), made once, with each character drawn in it made once: Lanterna
     * checks every TextCharacter it makes with a BreakIterator and looks its width up in two
     * Unicode-block searches, which was most of a redraw's time. A string finds its look in one
     * lookup, and a Latin-1 character its cell by index; the screen compares looks by identity.
     */
    static final class Style {
        private static final java.util.concurrent.ConcurrentHashMap<Style, Style> STYLES = new java.util.concurrent.ConcurrentHashMap<>();
        /** The cell of a character Lanterna makes no cell of (a control character). */
        private static final Known NONE = new Known(new TextCharacter(' '), null);

        final TextColor fg, bg;
        final int modifiers;
        private final Known[] latin = new Known[256];
        private final java.util.concurrent.ConcurrentHashMap<Integer, Known> other = new java.util.concurrent.ConcurrentHashMap<>();

        private Style(TextColor fg, TextColor bg, int modifiers) {
            this.fg = fg;
            this.bg = bg;
            this.modifiers = modifiers;
        }

        static Style of(TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
            int m = 0;
            for (SGR s : modifiers) m |= 1 << s.ordinal();
            Style key = new Style(fg, bg, m);
            Style known = STYLES.get(key);
            if (known != null) return known;
            if (STYLES.size() > 10_000) STYLES.clear();
            known = STYLES.putIfAbsent(key, key);
            return known == null ? key : known;
        }

        /** The character {@code cp} in this look, knowing its width; null for one Lanterna makes no cell of. */
        Known cell(int cp) {
            Known k = cp < latin.length ? latin[cp] : other.get(cp);
            if (k == null) {
                List<SGR> on = new ArrayList<>();
                for (SGR s : SGRS) if ((modifiers & 1 << s.ordinal()) != 0) on.add(s);
                TextCharacter[] tc = TextCharacter.fromString(Character.toString(cp), fg, bg, on.toArray(new SGR[0]));
                k = tc.length == 0 ? NONE : new Known(tc[0], this);
                if (cp < latin.length) latin[cp] = k;
                else {
                    if (other.size() > 100_000) other.clear();
                    other.put(cp, k);
                }
            }
            return k == NONE ? null : k;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Style s && s.modifiers == modifiers && s.fg.equals(fg) && s.bg.equals(bg);
        }

        @Override
        public int hashCode() {
            return (fg.hashCode() * 31 + bg.hashCode()) * 31 + modifiers;
        }
    }

    /**
     * A character that knows its width and its look: Lanterna's screen buffer asks a cell and its left
     * neighbour for their width at every put, each time two Unicode-block searches.
     */
    static final class Known extends TextCharacter {
        final boolean wide;
        final Style style;

        @SuppressWarnings("deprecation") // the copy is made once per character and look
        Known(TextCharacter c, Style style) {
            super(c);
            wide = c.isDoubleWidth();
            this.style = style;
        }

        @Override
        public boolean isDoubleWidth() {
            return wide;
        }
    }

    /** A list row: reversed across the whole width when it is the cursor's. */
    static void row(TextGraphics g, int x, int y, String s, int cols, boolean cursor) {
        if (cursor) put(g, x, y, pad(fit(s, cols), cols), SGR.REVERSE);
        else put(g, x, y, fit(s, cols));
    }

    /** The longest prefix of {@code s} that fits {@code cols} columns. */
    static String fit(String s, int cols) {
        int end = TranscriptLayout.fit(s, 0, s.length(), Math.max(1, cols));
        return end >= s.length() ? s : s.substring(0, end);
    }

    static String pad(String s, int cols) {
        return s + " ".repeat(Math.max(0, cols - width(s)));
    }

    /**
     * Lanterna's column width: a tab four columns, a CJK character two, every other UTF-16 unit one.
     * Below U+1100 (where the first wide block starts) a character is one column, asked without
     * Lanterna's Unicode-block search, which was the larger part of laying out a screen of text.
     */
    static int width(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FIRST_WIDE || c == '\t') return TerminalTextUtils.getColumnWidth(s);
        }
        return s.length();
    }

    /** The width of one code point, as {@link #width(String)} counts it. */
    static int width(int cp) {
        return cp < FIRST_WIDE && cp != '\t' ? 1 : TerminalTextUtils.getColumnWidth(Character.toString(cp));
    }

    /** Hangul Jamo, the first block Lanterna draws two columns wide. */
    static final char FIRST_WIDE = 0x1100;

    static List<String> wrap(String s, int cols) {
        List<String> out = new ArrayList<>();
        int a = 0;
        while (a < s.length()) {
            int b = TranscriptLayout.fit(s, a, s.length(), Math.max(1, cols));
            out.add(s.substring(a, b).strip());
            a = b;
        }
        return out;
    }

    /** "1 turn", "2 turns". */
    static String count(long n, String noun) {
        return thema.coding.CodebookEdits.many(n, noun);
    }

    /** The first letter, capitalised, of a code's name (its last path segment) or of a coder's name. */
    static String initial(String code) {
        String n = Codebook.nameOf(code);
        return n.isEmpty() ? "?" : n.substring(0, n.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
    }

    /**
     * The code's own colour (#rrggbb) when set, else one of six by its place in the codebook; none
     * on a monochrome workbench (--mono, NO_COLOR), where names carry the meaning alone.
     */
    static TextColor colour(Workbench w, String code) {
        if (w.mono) return TextColor.ANSI.DEFAULT;
        Codebook cb = w.project.codebook();
        Code c = cb.find(code).orElse(null);
        if (c != null && Codebook.isColor(c.color)) return TextColor.Factory.fromString(c.color);
        return PALETTE[Math.max(0, cb.paths().indexOf(code)) % PALETTE.length];
    }
}
