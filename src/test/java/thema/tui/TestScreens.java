package thema.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;

/** What a test's virtual terminal shows, row by row. */
final class TestScreens {
    private TestScreens() {
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
