package thema.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The terminal loop: read a key, let the {@link Workbench} handle it, draw. The screen is always
 * given back to the shell, also after an exception. Nothing needs saving on exit: every change
 * was saved when it was made.
 */
public final class Tui {
    private Tui() {
    }

    public static void run(Workbench w, Terminal terminal) throws IOException {
        Screen screen = screen(terminal);
        screen.startScreen();
        try {
            screen.setCursorPosition(null);
            loop(w, screen);
        } finally {
            screen.stopScreen();
        }
    }

    /** The screen the workbench draws on: Lanterna's, with the quicker delta refresh. */
    public static TerminalScreen screen(Terminal terminal) throws IOException {
        return new DeltaScreen(terminal);
    }

    /** How often an idle workbench looks for other processes' saves. */
    static final long RELOAD_EVERY_MS = 2000;

    static void loop(Workbench w, Screen screen) throws IOException {
        loop(w, screen, RELOAD_EVERY_MS);
    }

    static void loop(Workbench w, Screen screen, long reloadEveryMs) throws IOException {
        Keys keys = Keys.start(screen);
        TerminalSize size = screen.getTerminalSize();
        w.resize(size.getColumns(), size.getRows());
        draw(w, screen);
        long lastReload = System.nanoTime();
        while (!w.quit) {
            long untilReload = reloadEveryMs - (System.nanoTime() - lastReload) / 1_000_000;
            KeyStroke k = keys.next(Math.max(1, untilReload));
            if (k == null) {
                // woken by a resize, or time to look for other processes' saves
                boolean resized = followResize(w, screen), redraw = resized;
                if (System.nanoTime() - lastReload >= reloadEveryMs * 1_000_000) {
                    redraw |= w.reload();
                    lastReload = System.nanoTime();
                }
                if (redraw) draw(w, screen, resized);
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

    /**
     * The keyboard, read on a thread of its own that blocks on the terminal, so the loop waits on
     * a queue with a timeout instead of polling: a key is handled the moment it arrives, and an
     * idle workbench costs nothing. A window resize wakes the loop too.
     */
    private static final class Keys {
        private static final Object WAKE = new Object();
        private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();

        static Keys start(Screen screen) {
            Keys keys = new Keys();
            if (screen instanceof TerminalScreen ts) ts.getTerminal().addResizeListener((t, size) -> keys.queue.offer(WAKE));
            Thread reader = new Thread(() -> keys.read(screen), "thema-keyboard");
            reader.setDaemon(true); // blocked on the keyboard when the workbench quits: must not keep the JVM alive
            reader.start();
            return keys;
        }

        private void read(Screen screen) {
            // a real terminal blocks in read() without a lock others need; Lanterna's virtual terminal
            // (the tests) holds its monitor while it blocks, so there this thread looks every millisecond
            boolean blocks = screen instanceof TerminalScreen ts && ts.getTerminal() instanceof StreamBasedTerminal;
            try {
                KeyStroke k;
                do {
                    k = blocks ? screen.readInput() : screen.pollInput();
                    if (k == null) Thread.sleep(1);
                    else queue.put(k);
                } while (k == null || k.getKeyType() != KeyType.EOF);
            } catch (IOException e) {
                queue.offer(new KeyStroke(KeyType.EOF));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The next key, or null after timeoutMs or when a resize woke the loop. */
        KeyStroke next(long timeoutMs) throws InterruptedIOException {
            try {
                Object o = queue.poll(timeoutMs, TimeUnit.MILLISECONDS);
                return o instanceof KeyStroke k ? k : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
        }
    }

    public static void draw(Workbench w, Screen screen) throws IOException {
        draw(w, screen, followResize(w, screen));
    }

    /**
     * Draws and writes what changed. After a resize the whole screen is written again; else only
     * the cells that changed (Lanterna's automatic choice also compares every cell once more to
     * decide, a third of a refresh's time, and repaints all when most of the screen scrolled,
     * which writes more than the changes do).
     */
    private static void draw(Workbench w, Screen screen, boolean resized) throws IOException {
        // clear() fills the back buffer row by row; a TextGraphics fill would measure every blank cell's width
        screen.clear();
        Renderer.draw(w, screen.newTextGraphics());
        screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }
}
