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
        String s = c.getCharacterString();
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

    private void writeChanges() throws IOException {
        t = getTerminal();
        sgr = null;
        ScreenBuffer back = getBackBuffer(), front = getFrontBuffer();
        TerminalSize size = getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter now = back.getCharacterAt(x, y), was = front.getCharacterAt(x, y);
                boolean nowWide = isWide(now);
                if (!now.equals(was)) write(now, x, y, nowWide);
                if (nowWide) x++; // the padding after a double-width character
                else if (isWide(was) && x + 1 < size.getColumns()) write(was.withCharacter(' '), x + 1, y, false); // a wide character gone: its padding blanked
            }
        }
    }

    private void write(TextCharacter c, int x, int y, boolean isWide) throws IOException {
        if (sgr == null) {
            // as Lanterna starts a delta: reset, then the first changed cell's attributes
            t.setCursorPosition(x, y);
            t.resetColorAndSGR();
            sgr = c.getModifiers().isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(c.getModifiers());
            for (SGR s : sgr) t.enableSGR(s);
            t.setForegroundColor(fg = c.getForegroundColor());
            t.setBackgroundColor(bg = c.getBackgroundColor());
        } else if (atX != x || atY != y) {
            t.setCursorPosition(x, y);
        }
        if (!fg.equals(c.getForegroundColor())) t.setForegroundColor(fg = c.getForegroundColor());
        if (!bg.equals(c.getBackgroundColor())) t.setBackgroundColor(bg = c.getBackgroundColor());
        for (SGR s : SGR.values()) {
            boolean on = c.getModifiers().contains(s);
            if (sgr.contains(s) && !on) {
                t.disableSGR(s);
                sgr.remove(s);
            } else if (!sgr.contains(s) && on) {
                t.enableSGR(s);
                sgr.add(s);
            }
        }
        t.putString(c.getCharacterString());
        atX = x + (isWide ? 2 : 1);
        atY = y;
    }
}
