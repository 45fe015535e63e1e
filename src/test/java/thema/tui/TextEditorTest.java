package thema.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Memos of several lines and a prompt line that scrolls: what is typed reads back and can be seen. */
class TextEditorTest {
    private static final String MEMO = "The teacher phones first and writes a letter only when nobody answers; "
            + "she says the mothers trust the phone more than paper. Compare with school02, where the letter comes first "
            + "and the phone call is the exception. Is this about the school type (special vs regular) or about the "
            + "teacher's own history with the fam — ask in the next round. 😀 ok.";

    @Test
    void aLongMemoTypedCharByCharReadsBackAndEveryRowCanBeSeen() {
        assertTrue(MEMO.length() >= 300, "" + MEMO.length());
        TextEditor e = new TextEditor();
        TreeMap<Integer, String> seen = new TreeMap<>();
        MEMO.codePoints().forEach(cp -> {
            e.insert(Character.toString(cp));
            List<String> rows = e.visibleRows(40, 4);
            assertTrue(rows.size() <= 4);
            for (int i = 0; i < rows.size(); i++) {
                assertTrue(TerminalTextUtils.getColumnWidth(rows.get(i)) < 40, "a row leaves the last column for the caret: " + rows.get(i));
                seen.put(e.firstRow() + i, rows.get(i));
            }
            assertTrue(e.caretRow() >= 0 && e.caretRow() < rows.size(), "the caret's row is shown");
            assertTrue(e.caretColumn() < 40);
        });
        assertEquals(MEMO, e.text());
        assertEquals(MEMO, String.join("", seen.values()), "the rows are the text, wrapped, nothing lost");
        assertTrue(seen.size() > 4, "the memo scrolled");
        // back up to the top: the first rows come into view again
        for (int i = 0; i < seen.size(); i++) e.up();
        assertEquals(0, e.caret(), "up past the first row goes to the start");
        List<String> top = e.visibleRows(40, 4);
        assertEquals(0, e.firstRow());
        assertEquals(seen.firstEntry().getValue(), top.get(0));
    }

    @Test
    void upAndDownKeepTheColumnAcrossWrappedRowsAndLines() {
        TextEditor e = new TextEditor("one two three four five six\nseven\n\neight nine");
        e.visibleRows(12, 10);
        e.home();
        assertEquals("eight nine".length(), e.text().length() - e.caret(), "home: the start of the caret's line");
        e.up();
        e.up();
        List<String> rows = e.visibleRows(12, 10);
        assertEquals(List.of("one two ", "three four ", "five six", "seven", "", "eight nine"), rows);
        assertEquals(3, e.caretRow(), "on 'seven'");
        e.end();
        e.visibleRows(12, 10);
        assertEquals(5, e.caretColumn());
        e.up();
        e.visibleRows(12, 10);
        assertEquals(2, e.caretRow());
        assertEquals(5, e.caretColumn(), "'five ' then the caret");
        e.up();
        e.visibleRows(12, 10);
        assertEquals(1, e.caretRow());
        assertEquals(5, e.caretColumn());
        e.down();
        e.down();
        e.down();
        e.visibleRows(12, 10);
        assertEquals(4, e.caretRow(), "the empty line");
        assertEquals(0, e.caretColumn());
        e.down();
        e.visibleRows(12, 10);
        assertEquals(5, e.caretColumn(), "the goal column comes back after the empty line");
        e.down();
        assertEquals(e.text().length(), e.caret(), "down past the last row goes to the end");
    }

    @Test
    void backspaceTakesAWholeEmojiAndClearAndWordBackWork() {
        TextEditor e = new TextEditor("mother 😀");
        e.backspace();
        assertEquals("mother ", e.text());
        e.insert("👍🏽");
        e.left();
        assertEquals("mother 👍".length(), e.caret(), "left steps over a whole code point");
        e.delete();
        assertEquals("mother 👍", e.text());
        e.insert(" and 中文");
        e.visibleRows(20, 1);
        assertEquals(TerminalTextUtils.getColumnWidth("mother 👍 and 中文"), e.caretColumn(), "wide characters take two columns");
        e.deleteWordBack();
        assertEquals("mother 👍 and ", e.text());
        e.deleteWordBack();
        assertEquals("mother 👍 ", e.text());
        e.clear();
        assertEquals("", e.text());
        assertEquals(0, e.caret());
        e.backspace();
        e.delete();
        assertEquals(List.of(""), e.visibleRows(20, 3), "an empty memo is one empty row");
        assertEquals(0, e.caretColumn());
    }

    @Test
    void aLongPromptLineScrollsSoTheCaretIsSeen() {
        TextEditor e = new TextEditor();
        String typed = "care decisions/care route/when nobody answers the phone a letter goes home";
        for (char c : typed.toCharArray()) {
            e.insert(String.valueOf(c));
            String line = e.visibleLine(20);
            assertTrue(TerminalTextUtils.getColumnWidth(line) <= 20);
            assertTrue(e.caretColumn() < 20, "the caret is on screen");
            assertTrue(e.text().contains(line));
        }
        assertEquals(typed, e.text());
        assertTrue(e.visibleLine(20).endsWith("goes home"), "the end, where the caret is");
        for (int i = 0; i < typed.length(); i++) e.left();
        assertTrue(e.visibleLine(20).startsWith("care decisions"), "back at the start it scrolls back");
        assertEquals(0, e.caretColumn());
        e.end();
        e.visibleLine(20);
        e.clear();
        assertEquals("", e.visibleLine(20), "Ctrl-U clears the prompt");
        e.insert("short");
        assertEquals("short", e.visibleLine(20));
        assertEquals(5, e.caretColumn());
    }
}
