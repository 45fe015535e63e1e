package thema.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Lanterna's screen with a quicker delta refresh: the same cells written the same way, but a
 * character's width is looked up once per distinct character instead of twice per cell per
 * refresh (Lanterna decides it by Unicode block searches, the largest cost of a keypress), and
 * the changed cells are written in one row-major pass instead of through a sorted map. A complete
 * refresh (after a resize) is Lanterna's own.
 */
final class DeltaScreen extends TerminalScreen {
    private final Map<String, Boolean> wide = new HashMap<>();

    DeltaScreen(Terminal terminal) throws IOException {
        super(terminal);
    }

    private boolean isWide(TextCharacter c) {
        if (c instanceof Draw.Known k) return k.wide;
        String s = c.getCharacterString();
        if (s.length() == 1 && s.charAt(0) >= ' ' && s.charAt(0) != 127 && s.charAt(0) < Draw.FIRST_WIDE) return false; // the blanks of a cleared screen
        Boolean w = wide.get(s);
        if (w == null) {
            w = c.isDoubleWidth();
            if (wide.size() < 65_536) wide.put(s, w);
        }
        return w;
    }

    @Override
    public synchronized void refresh(RefreshType refreshType) throws IOException {
        if (refreshType != RefreshType.DELTA) {
            super.refresh(refreshType);
            return;
        }
        writeChanges();
        getBackBuffer().copyTo(getFrontBuffer());
        if (getCursorPosition() == null) getTerminal().setCursorVisible(false);
        else {
            getTerminal().setCursorVisible(true);
            getTerminal().setCursorPosition(getCursorPosition().getColumn(), getCursorPosition().getRow());
        }
        getTerminal().flush();
    }

    /** Where the terminal's cursor is and which attributes it writes with, within one refresh. */
    private Terminal t;
    private int atX, atY;
    private EnumSet<SGR> sgr;
    private TextColor fg, bg;
    /** The look being written when it is one the workbench drew (compared by identity), else null. */
    private Draw.Style style;

    /** The characters of the cells written since the last move or change of look, written as one string. */
    private final StringBuilder run = new StringBuilder();

    private void writeChanges() throws IOException {
        t = getTerminal();
        sgr = null;
        style = null;
        run.setLength(0);
        ScreenBuffer back = getBackBuffer(), front = getFrontBuffer();
        TerminalSize size = getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter now = back.getCharacterAt(x, y), was = front.getCharacterAt(x, y);
                boolean nowWide = isWide(now);
                if (!looksAlike(now, was)) write(now, x, y, nowWide);
                if (nowWide) x++; // the padding after a double-width character
                else if (isWide(was) && x + 1 < size.getColumns()) write(was.withCharacter(' '), x + 1, y, false); // a wide character gone: its padding blanked
            }
        }
        flushRun();
    }

    /**
     * The same on the terminal: Lanterna's equals also asks for the same class, so a blank the workbench
     * drew (a {@link Draw.Known}) and one left by clearing the screen would be written again.
     */
    static boolean looksAlike(TextCharacter a, TextCharacter b) {
        if (a == b) return true;
        if (a.getClass() == b.getClass()) return a.equals(b);
        return a.getCharacterString().equals(b.getCharacterString()) && a.getForegroundColor().equals(b.getForegroundColor())
                && a.getBackgroundColor().equals(b.getBackgroundColor()) && a.getModifiers().equals(b.getModifiers());
    }

    /** Writes the unchanged cells from the cursor up to column x when they have the look being written. */
    private void bridge(int x) {
        ScreenBuffer back = getBackBuffer();
        for (int i = atX; i < x; i++) {
            TextCharacter c = back.getCharacterAt(i, atY);
            if (isWide(c) || !inLookWritten(c)) return;
        }
        for (int i = atX; i < x; i++) run.append(back.getCharacterAt(i, atY).getCharacterString());
        atX = x;
    }

    /** Whether c has the look being written: by identity for a cell the workbench drew in it, else colour by colour. */
    private boolean inLookWritten(TextCharacter c) {
        if (style != null && c instanceof Draw.Known k && k.style == style) return true;
        return fg.equals(c.getForegroundColor()) && bg.equals(c.getBackgroundColor()) && sgr.equals(c.getModifiers());
    }

    private void flushRun() throws IOException {
        if (run.length() == 0) return;
        t.putString(run.toString());
        run.setLength(0);
    }

    /** A gap of unchanged cells this short is written again rather than jumped: a cursor move takes 6-8 bytes. */
    private static final int GAP = 6;

    private void write(TextCharacter c, int x, int y, boolean isWide) throws IOException {
        if (sgr != null && atY == y && x > atX && x - atX <= GAP) bridge(x);
        if (sgr != null && atX == x && atY == y && inLookWritten(c)) {
            // the next cell in the look being written: its character alone
            run.append(c.getCharacterString());
            atX = x + (isWide ? 2 : 1);
            return;
        }
        flushRun(); // the cursor moves or the look changes: what was run together goes out first
        EnumSet<SGR> mods = c.getModifiers(); // a copy: asked once
        if (sgr == null) {
            // as Lanterna starts a delta: reset, then the first changed cell's attributes
            t.setCursorPosition(x, y);
            t.resetColorAndSGR();
            sgr = mods;
            for (SGR s : sgr) t.enableSGR(s);
            t.setForegroundColor(fg = c.getForegroundColor());
            t.setBackgroundColor(bg = c.getBackgroundColor());
        } else if (atX != x || atY != y) {
            t.setCursorPosition(x, y);
        }
        if (!fg.equals(c.getForegroundColor())) t.setForegroundColor(fg = c.getForegroundColor());
        if (!bg.equals(c.getBackgroundColor())) t.setBackgroundColor(bg = c.getBackgroundColor());
        for (SGR s : Draw.SGRS) {
            boolean on = mods.contains(s);
            if (sgr.contains(s) && !on) {
                t.disableSGR(s);
                sgr.remove(s);
            } else if (!sgr.contains(s) && on) {
                t.enableSGR(s);
                sgr.add(s);
            }
        }
        run.append(c.getCharacterString());
        atX = x + (isWide ? 2 : 1);
        atY = y;
        style = c instanceof Draw.Known k ? k.style : null;
    }
}
