package thema.tui;

/**
 * The one rule for a cursor on a list of {@code size} items (documents, codes, hits, extracts,
 * disagreements): it stays on an item, 0 on an empty list, and the screen shows a window of
 * rows around it.
 */
final class ListCursor {
    private ListCursor() {
    }

    /** {@code at} brought within 0..size-1 (0 when the list is empty). */
    static int clamp(int at, int size) {
        return Math.max(0, Math.min(at, size - 1));
    }

    /** The cursor moved {@code by} items (negative: up), stopping at either end. */
    static int move(int at, int by, int size) {
        return clamp(at + by, size);
    }

    /**
     * The cursor after a list key: ↑ ↓ (and j k) one item, PgUp PgDn {@code page} items, Home End
     * the ends; any other key leaves it where it is.
     */
    static int byKey(int at, com.googlecode.lanterna.input.KeyStroke k, int page, int size) {
        return switch (k.getKeyType()) {
            case ArrowDown -> move(at, 1, size);
            case ArrowUp -> move(at, -1, size);
            case PageDown -> move(at, page, size);
            case PageUp -> move(at, -page, size);
            case Home -> 0;
            case End -> clamp(size - 1, size);
            case Character -> k.getCharacter() == 'j' ? move(at, 1, size) : k.getCharacter() == 'k' ? move(at, -1, size) : at;
            default -> at;
        };
    }

    /** The first item of a window of {@code rows} that keeps the cursor near its middle and the list's end at the bottom. */
    static int firstShown(int at, int rows, int size) {
        return Math.max(0, Math.min(at - rows / 2, size - rows));
    }
}
