package thema.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one cursor rule every list of the workbench follows. */
class ListCursorTest {
    @Test
    void aCursorStaysOnAnItem() {
        assertEquals(0, ListCursor.move(0, -1, 5));
        assertEquals(4, ListCursor.move(3, 1, 5));
        assertEquals(4, ListCursor.move(4, 1, 5), "the last item is the end");
        assertEquals(4, ListCursor.move(1, 20, 5), "a page down stops at the end");
        assertEquals(0, ListCursor.move(3, -20, 5), "a page up stops at the top");
        assertEquals(0, ListCursor.move(0, 1, 0), "an empty list keeps the cursor at 0");
        assertEquals(2, ListCursor.clamp(7, 3), "a list that shrank (a filter) brings the cursor back");
    }

    @Test
    void theWindowKeepsTheCursorNearItsMiddle() {
        assertEquals(0, ListCursor.firstShown(2, 10, 100));
        assertEquals(45, ListCursor.firstShown(50, 10, 100));
        assertEquals(90, ListCursor.firstShown(99, 10, 100), "the list's end stays at the bottom");
        assertEquals(0, ListCursor.firstShown(3, 10, 4), "a short list starts at the top");
    }

    @Test
    void everyListTakesTheSameKeys() {
        assertEquals(6, ListCursor.byKey(5, new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.ArrowDown), 10, 20));
        assertEquals(4, ListCursor.byKey(5, new com.googlecode.lanterna.input.KeyStroke('k', false, false), 10, 20));
        assertEquals(15, ListCursor.byKey(5, new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.PageDown), 10, 20));
        assertEquals(0, ListCursor.byKey(5, new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.PageUp), 10, 20));
        assertEquals(19, ListCursor.byKey(5, new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.End), 10, 20));
        assertEquals(0, ListCursor.byKey(5, new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.End), 10, 0), "an empty list: 0");
        assertEquals(5, ListCursor.byKey(5, new com.googlecode.lanterna.input.KeyStroke('x', false, false), 10, 20), "another key leaves it");
    }
}
