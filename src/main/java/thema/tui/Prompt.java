package thema.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Consumer;

/**
 * A text entry at the bottom of the screen (a code name, a search, a memo): Enter gives the
 * stripped text to {@code done} ({@link #finish}), Esc drops it. A memo is {@code multiLine}: it wraps in a box
 * of several rows and Ctrl-N starts a new line.
 */
final class Prompt {
    final String label;
    final boolean multiLine;
    private final Consumer<String> done;
    final TextEditor editor;
    /** Enter ended it (Esc: dropped). */
    boolean saved;

    Prompt(String label, String initial, boolean multiLine, Consumer<String> done) {
        this.label = label;
        this.multiLine = multiLine;
        this.done = done;
        this.editor = new TextEditor(initial);
    }

    /** Takes a key; true when the prompt is over (saved or dropped). */
    boolean key(KeyStroke k) {
        switch (k.getKeyType()) {
            case Escape -> {
                return true;
            }
            case Enter -> {
                saved = true;
                return true;
            }
            case Backspace -> editor.backspace();
            case Delete -> editor.delete();
            case ArrowLeft -> editor.left();
            case ArrowRight -> editor.right();
            case ArrowUp -> editor.up();
            case ArrowDown -> editor.down();
            case Home -> editor.home();
            case End -> editor.end();
            case Character -> {
                char c = k.getCharacter();
                if (!k.isCtrlDown()) editor.insert(String.valueOf(c));
                else if (c == 'u') editor.clear();
                else if (c == 'w') editor.deleteWordBack();
                else if (c == 'a') editor.home();
                else if (c == 'e') editor.end();
                else if (c == 'n' && multiLine) editor.newline();
            }
            default -> {
            }
        }
        return false;
    }

    /** Gives the text to what asked for it (after Enter; the workbench has closed the prompt first). */
    void finish() {
        done.accept(editor.text().strip());
    }

    String hint() {
        return "Enter saves · Esc cancels · Ctrl-U clears" + (multiLine ? " · Ctrl-N new line" : "");
    }
}
