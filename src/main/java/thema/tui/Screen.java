package thema.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.MouseAction;
import java.util.List;

/**
 * One screen of the workbench (documents, transcript, search, counts, compare, extracts): its
 * own state, its keys as data, and a drawing that only reads that state. What is shared (the
 * project, the coder, the window, the message line) lives in the {@link Workbench}.
 */
abstract class Screen {
    final Workbench w;

    Screen(Workbench w) {
        this.w = w;
    }

    /** The keys as they are now (the transcript's follow its focus: text, codings, codebook). */
    abstract Keymap keys();

    /** The sections of the {@code ?} page: every keymap of the screen. */
    List<Keymap> help() {
        return List.of(keys());
    }

    /** Drawn between the title bar and the status line; reads state, changes nothing. */
    abstract void draw(TextGraphics g);

    /** What the title bar says after the project and before the coder. */
    String title() {
        return "";
    }

    /** The status line when there is no message: the keymap's own hint. */
    String hint() {
        return keys().statusLine();
    }

    /** The window changed size: lay out again. */
    void resized() {
    }

    /** Another process saved: read again what the screen shows. */
    void reloaded() {
    }

    void mouse(MouseAction m) {
    }

    /** Rows between the title bar and the status line. */
    int rows() {
        return Math.max(1, w.height - 2);
    }
}
