package thema.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.function.Consumer;

/**
 * A line of a screen's keymap: the keys, how the help page writes them (when not simply the
 * keys' own labels, e.g. "1-9"), what they do, the few words the status line shows for them
 * (null: not on the status line), and the action (given the key, for bindings of several keys
 * such as 1-9).
 */
public record Binding(List<Key> keys, String keysLabel, String help, String status, Consumer<KeyStroke> action) {
    public boolean matches(KeyStroke k) {
        for (Key key : keys) if (key.matches(k)) return true;
        return false;
    }

    /** The keys as the help page writes them: "↑ ↓ j k", or the label given. */
    public String keysText() {
        if (keysLabel != null) return keysLabel;
        return String.join(" ", keys.stream().map(Key::label).distinct().toList());
    }
}
