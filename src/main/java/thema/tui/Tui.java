package thema.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * The terminal loop: read a key, let the {@link Workbench} handle it, draw. The screen is always
 * given back to the shell, also after an exception. Nothing needs saving on exit: every change
 * was saved when it was made.
 */
public final class Tui {
    private Tui() {
    }

    public static void run(Workbench w, Terminal terminal) throws IOException {
        Screen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            screen.setCursorPosition(null);
            loop(w, screen);
        } finally {
            screen.stopScreen();
        }
    }

    static void loop(Workbench w, Screen screen) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        w.resize(size.getColumns(), size.getRows());
        draw(w, screen);
        while (!w.quit) {
            KeyStroke k = screen.readInput();
            if (k == null || k.getKeyType() == KeyType.EOF) break;
            TerminalSize changed = screen.doResizeIfNecessary();
            if (changed != null) w.resize(changed.getColumns(), changed.getRows());
            w.key(k);
            draw(w, screen);
        }
    }

    public static void draw(Workbench w, Screen screen) throws IOException {
        TerminalSize changed = screen.doResizeIfNecessary();
        if (changed != null) w.resize(changed.getColumns(), changed.getRows());
        Renderer.draw(w, screen.newTextGraphics());
        screen.refresh();
    }
}
