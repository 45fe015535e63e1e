package thema.tui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the workbench sends a real (ANSI) terminal: only what changed, in whole UTF-8 characters. */
class TerminalOutputTest extends WorkbenchFixture {
    /** An ANSI terminal of a fixed size writing into memory, encoding strings as the user's terminal does. */
    private static final class Recorded extends ANSITerminal {
        final ByteArrayOutputStream out;

        Recorded(ByteArrayOutputStream out) {
            super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
            this.out = out;
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return new TerminalSize(80, 24);
        }

        @Override
        public void putString(String s) throws IOException {
            writeToTerminal(Terminals.encoded(s)); // as Terminals.Utf8UnixTerminal, which needs a real tty
        }
    }

    @Test
    void aRedrawWritesOnlyWhatChanged() throws IOException {
        Recorded term = new Recorded(new ByteArrayOutputStream());
        TerminalScreen s = Tui.screen(term);
        s.startScreen();
        s.setCursorPosition(null); // as Tui.run starts it
        w.key(new KeyStroke(KeyType.Enter));
        Tui.draw(w, s);
        int whole = term.out.size();
        Tui.draw(w, s);
        int again = term.out.size() - whole;
        assertTrue(again <= 6, "nothing changed, so nothing but the hidden cursor is written: " + again + " bytes");
        w.key(new KeyStroke('j', false, false));
        Tui.draw(w, s);
        int moved = term.out.size() - whole - again;
        assertTrue(moved > 0 && moved < whole / 2, "the next turn selected: its cells and the old turn's, not the screen (" + moved + " of " + whole + " bytes)");
        String text = term.out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Zoë’s mother 😊 first"), "accents, curly quotes and the emoji in their UTF-8");
        assertTrue(text.indexOf('\0') < 0, "no NUL bytes (Lanterna 3.1.3 sends one after each two-byte character)");
        s.stopScreen();
    }

    @Test
    void aDrawnStringIsSentAsUtf8WithoutControlCharacters() {
        assertArrayEquals("Zoë 😊\tok".getBytes(StandardCharsets.UTF_8), Terminals.encoded("Zoë\u0007 😊\tok\u001b"));
        assertArrayEquals(new byte[]{'a', 'b'}, Terminals.encoded("ab"));
    }
}
