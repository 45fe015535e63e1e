package thema.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A screen's keys as data: each binding's keys, help and action, in the order the help page
 * lists them. Handling a key, the status line and the {@code ?} page all read this one list, so
 * they cannot drift apart. Typed text that no binding takes (a filter) goes to the fallback.
 */
public final class Keymap {
    private final String title;
    private final List<Binding> bindings = new ArrayList<>();
    private final List<BooleanSupplier> active = new ArrayList<>();
    private Consumer<KeyStroke> typed;
    private String typedHelp, typedStatus;

    public Keymap(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** A binding; {@code status}: the few words the status line shows for it, or null. */
    public Keymap bind(String help, String status, Runnable action, Key... keys) {
        return bind(null, help, status, k -> action.run(), keys);
    }

    public Keymap bind(String keysLabel, String help, String status, Consumer<KeyStroke> action, Key... keys) {
        return bindWhen(() -> true, keysLabel, help, status, action, keys);
    }

    /** A binding that takes its keys only while {@code when} holds (q quits only with an empty filter). */
    public Keymap bindWhen(BooleanSupplier when, String keysLabel, String help, String status, Consumer<KeyStroke> action, Key... keys) {
        bindings.add(new Binding(List.of(keys), keysLabel, help, status, action));
        active.add(when);
        return this;
    }

    /** Printable characters no binding took (and Backspace), e.g. typing into a filter. */
    public Keymap typed(String help, String status, Consumer<KeyStroke> action) {
        typedHelp = help;
        typedStatus = status;
        typed = action;
        return this;
    }

    public List<Binding> bindings() {
        return List.copyOf(bindings);
    }

    /** Runs the binding the key belongs to; false when none (nor the fallback) took it. */
    public boolean handle(KeyStroke k) {
        for (int i = 0; i < bindings.size(); i++) {
            if (bindings.get(i).matches(k) && active.get(i).getAsBoolean()) {
                bindings.get(i).action().accept(k);
                return true;
            }
        }
        boolean text = k.getKeyType() == KeyType.Character && !k.isCtrlDown() || k.getKeyType() == KeyType.Backspace;
        if (typed != null && text) {
            typed.accept(k);
            return true;
        }
        return false;
    }

    /** The help page's section: a title line, then one line a binding ("  keys   what they do"). */
    public List<String> helpLines() {
        List<String> out = new ArrayList<>();
        out.add(title);
        for (Binding b : bindings) out.add(helpLine(b.keysText(), b.help()));
        if (typedHelp != null) out.add(helpLine("letters", typedHelp));
        return out;
    }

    static String helpLine(String keys, String help) {
        return "  " + String.format("%-15s", keys) + " " + help;
    }

    /** The status line: the bindings marked for it, "keys what" joined by " · ". */
    public String statusLine() {
        List<String> parts = new ArrayList<>();
        for (Binding b : bindings) if (b.status() != null) parts.add(b.keysText() + " " + b.status());
        if (typedStatus != null) parts.add("letters " + typedStatus);
        return String.join(" · ", parts);
    }
}
