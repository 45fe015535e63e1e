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
        EnumSet<SGR> active = g.getActiveModifiers();
        TextColor fg = g.getForegroundColor(), bg = g.getBackgroundColor();
        int col = x;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            TextCharacter c = cell(cp, fg, bg, active);
            if (c == null) continue;
            g.setCharacter(col, y, c);
            col += c.isDoubleWidth() ? 2 : 1;
        }
        if (sgr.length > 0) g.disableModifiers(sgr);
    }

    private record Look(int codePoint, TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
    }

    /**
     * Each character in each look made once: Lanterna checks every TextCharacter it makes with a
     * BreakIterator and looks its width up in two Unicode-block searches, which was most of a redraw's
     * time. A screen shows a few thousand such cells; the map is emptied should it ever grow past that.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Look, java.util.Optional<Known>> CELLS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A character that knows its width: Lanterna's screen buffer asks a cell and its left neighbour
     * for their width at every put, each time two Unicode-block searches.
     */
    private static final class Known extends TextCharacter {
        private final boolean wide;

        @SuppressWarnings("deprecation") // the copy is made once per character and look
        Known(TextCharacter c) {
            super(c);
            wide = c.isDoubleWidth();
        }

        @Override
        public boolean isDoubleWidth() {
            return wide;
        }
    }

    /** The character {@code cp} in this look, knowing its width; null for one Lanterna makes no cell of. */
    private static TextCharacter cell(int cp, TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
        Look look = new Look(cp, fg, bg, modifiers);
        java.util.Optional<Known> known = CELLS.get(look);
        if (known == null) {
            if (CELLS.size() > 100_000) CELLS.clear();
            EnumSet<SGR> own = modifiers.clone(); // the key must not change with the graphics' modifiers
            TextCharacter[] tc = TextCharacter.fromString(Character.toString(cp), fg, bg, own.toArray(new SGR[0]));
            known = tc.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(new Known(tc[0]));
            CELLS.put(new Look(cp, fg, bg, own), known);
        }
        return known.orElse(null);
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
        return s + " ".repeat(Math.max(0, cols - TerminalTextUtils.getColumnWidth(s)));
    }

    static int width(String s) {
        return TerminalTextUtils.getColumnWidth(s);
    }

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
