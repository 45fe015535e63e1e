package thema.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;

/** Driving a workbench in a test: keys in, and what its virtual terminal shows, row by row. */
final class TestScreens {
    private TestScreens() {
    }

    /** A virtual terminal of this size with the workbench drawn on it. */
    static TerminalScreen open(Workbench w, int columns, int rows) throws IOException {
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(columns, rows)));
        screen.startScreen();
        Tui.draw(w, screen);
        return screen;
    }

    /** Each key (a KeyType, or the characters of a string) to the workbench, the screen drawn after each. */
    static void type(Workbench w, TerminalScreen screen, Object... keys) throws IOException {
        for (Object k : keys) {
            if (k instanceof KeyType t) w.key(new KeyStroke(t));
            else for (char c : k.toString().toCharArray()) w.key(new KeyStroke(c, false, false));
            Tui.draw(w, screen);
        }
    }

    static String text(TerminalScreen screen) {
        StringBuilder b = new StringBuilder();
        TerminalSize size = screen.getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = screen.getFrontCharacter(x, y);
                if (c.isDoubleWidth()) x++;
                b.append(c.getCharacterString());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
