package thema.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The quicker delta refresh leaves a terminal showing exactly what Lanterna's own refresh leaves. */
class DeltaScreenTest extends WorkbenchFixture {
    @Test
    void everyKeyLeavesTheSameCellsAsLanternasRefresh() throws IOException {
        DefaultVirtualTerminal mine = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        DeltaScreen delta = new DeltaScreen(mine);
        delta.startScreen();
        Object[] keys = {KeyType.Enter, "j", "1", "(", "v", "w", "w", KeyType.ArrowRight, KeyType.Enter, KeyType.Escape, "j", "k", KeyType.PageDown,
                KeyType.Home, "/", "mother", KeyType.Enter, "#", "b", "q", "q", KeyType.Tab, "two", KeyType.Escape, KeyType.Escape, "?", KeyType.Escape, "q", "spec", KeyType.Escape};
        for (Object k : keys) {
            if (k instanceof KeyType t) w.key(new KeyStroke(t));
            else for (char c : k.toString().toCharArray()) w.key(new KeyStroke(c, false, false));
            Tui.draw(w, screen);
            Tui.draw(w, delta);
            for (int y = 0; y < 24; y++) {
                for (int x = 0; x < 80; x++) {
                    assertEquals(vt.getBufferCharacter(x, y), mine.getBufferCharacter(x, y), "cell " + x + "," + y + " after " + k + "\n" + screenText());
                }
            }
        }
    }
}
