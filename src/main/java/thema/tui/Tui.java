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

    /** How often an idle workbench looks for other processes' saves. */
    static final long RELOAD_EVERY_MS = 2000;
    /** How long an idle loop sleeps between looks at the keyboard: short enough that typing feels immediate. */
    private static final long IDLE_MS = 10;

    static void loop(Workbench w, Screen screen) throws IOException {
        loop(w, screen, RELOAD_EVERY_MS);
    }

    static void loop(Workbench w, Screen screen, long reloadEveryMs) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        w.resize(size.getColumns(), size.getRows());
        draw(w, screen);
        long lastReload = System.nanoTime();
        while (!w.quit) {
            KeyStroke k = screen.pollInput();
            if (k == null) {
                // idle: follow a resized window and other processes' saves without waiting for a key
                boolean redraw = followResize(w, screen);
                if (System.nanoTime() - lastReload >= reloadEveryMs * 1_000_000) {
                    redraw |= w.reload();
                    lastReload = System.nanoTime();
                }
                if (redraw) draw(w, screen);
                else pause();
                continue;
            }
            if (k.getKeyType() == KeyType.EOF) break;
            w.key(k);
            draw(w, screen);
        }
    }

    /** Applies a pending window resize to the screen and the workbench; true when there was one. */
    private static boolean followResize(Workbench w, Screen screen) {
        TerminalSize changed = screen.doResizeIfNecessary();
        if (changed != null) w.resize(changed.getColumns(), changed.getRows());
        return changed != null;
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(IDLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    public static void draw(Workbench w, Screen screen) throws IOException {
        followResize(w, screen);
        Renderer.draw(w, screen.newTextGraphics());
        screen.refresh();
    }
}
