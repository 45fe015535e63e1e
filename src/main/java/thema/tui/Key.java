package thema.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * One key a binding answers to: a special key (arrows, Enter, F2), or a character, with or
 * without Ctrl; {@code shift} only for special keys (Shift+arrows), since a shifted character
 * arrives as itself.
 */
public record Key(KeyType type, char ch, boolean ctrl, boolean shift) {
    public static Key of(char c) {
        return new Key(KeyType.Character, c, false, false);
    }

    public static Key ctrl(char c) {
        return new Key(KeyType.Character, c, true, false);
    }

    public static Key of(KeyType t) {
        return new Key(t, '\0', false, false);
    }

    public static Key shift(KeyType t) {
        return new Key(t, '\0', false, true);
    }

    public boolean matches(KeyStroke k) {
        if (k.getKeyType() != type || k.isAltDown()) return false;
        if (type == KeyType.Character) return k.getCharacter() == ch && k.isCtrlDown() == ctrl;
        return k.isShiftDown() == shift && k.isCtrlDown() == ctrl;
    }

    /** How the help page and the status line write the key. */
    public String label() {
        String name = switch (type) {
            case Character -> ch == ' ' ? "Space" : String.valueOf(ch);
            case ArrowUp -> "↑";
            case ArrowDown -> "↓";
            case ArrowLeft -> "←";
            case ArrowRight -> "→";
            case PageUp -> "PgUp";
            case PageDown -> "PgDn";
            case Escape -> "Esc";
            case Backspace -> "Backspace";
            case ReverseTab -> "Shift-Tab";
            default -> type.name();
        };
        return (ctrl ? "Ctrl-" + Character.toUpperCase(ch) : shift ? "Shift-" + name : name);
    }
}
