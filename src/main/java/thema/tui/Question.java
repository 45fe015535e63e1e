package thema.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.function.Function;

/**
 * A question on the status line that the next key answers (undo another program's step?
 * replace the other alternative? delete 12 codings?): the answer gives the message shown after.
 */
record Question(String text, Function<KeyStroke, String> answer) {
    /** Yes on {@code yes} (and its capital), no on any other key. */
    static Question yesNo(String text, char yes, java.util.function.Supplier<String> onYes, String onNo) {
        return new Question(text, k -> Workbench.isChar(k, yes) || Workbench.isChar(k, Character.toUpperCase(yes)) ? onYes.get() : onNo);
    }
}
