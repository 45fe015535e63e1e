package thema.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestProjects;

/** Issue 19: free selection from the keyboard, and one rule for the coding the keys act on. */
class WorkbenchSelectionTest extends WorkbenchFixture {
    String coded(String code) {
        Project q = Project.open(dir);
        Document d = q.document("school01");
        return q.coder("anna").codings().stream().filter(c -> c.code().equals(code)).map(c -> d.text().substring(c.start(), c.end()))
                .findFirst().orElseThrow(() -> new AssertionError("no coding of " + code));
    }

    @Test
    void aMiddleSentenceAClauseAndAQuestionWithItsAnswerAreSelectedAndCodedFromTheKeyboard() throws IOException {
        type(KeyType.Enter, "j");
        // the middle sentence: caret to the turn's start, on to the end of the first sentence, anchor, one sentence on
        type("{", ")", "v", ")");
        assertEquals("Then we meet and I ask what she wants.", selected());
        type("2");
        assertEquals("Then we meet and I ask what she wants.", coded("care decisions/process"));

        // a clause: word by word, anchored at the start of "I"
        type(" ", "{", ")", "w", "w", "w", "w", "w", "b", "v", "w", "w", "w", "w", "w");
        assertEquals("I ask what she wants", selected());
        type("3");
        assertEquals("I ask what she wants", coded("communication/one-way"));

        // the interviewer's question with the teacher's answer: anchored at the question, on by turns
        type(KeyType.Home, "{", "v", "}", "}");
        type("1");
        Document d = p.document("school01");
        Coding both = Project.open(dir).coder("anna").codings().stream().filter(c -> c.code().equals("care decisions/care route")).findFirst().orElseThrow();
        assertEquals(d.turns().get(0).body(), both.start(), "from the question's first word");
        assertEquals(d.turns().get(1).end(), both.end(), "to the answer's last");
    }

    @Test
    void shiftArrowsAndBackwardMotionsSelectAndTheCaretNeverEntersALabel() throws IOException {
        type(KeyType.Enter, "j", "{");
        for (int i = 0; i < 6; i++) w.key(new KeyStroke(KeyType.ArrowRight, false, false, true));
        Tui.draw(w, screen);
        assertEquals("I call", selected(), "Shift+→ anchors and moves by characters");
        assertTrue(screenText().contains("VISUAL"), screenText());
        type(KeyType.Escape);
        assertEquals("I call Zoë’s mother 😊 first. Then we meet and I ask what she wants. We agree on a plan together.", selected(), "Esc: the turn again");
        // back from the start of turn 2's words by a word: into turn 1's words, over the label
        type("{", "v", "b");
        assertEquals("parents?", selected(), "back over the label: what is coded ends with the question, the label left out");
        assertEquals(p.document("school01").turns().get(0).body() + "How do you involve the ".length(), t().sel.caret());
    }

    @Test
    void removingRecodingAndMemoingTheSecondOfThreeOverlappingCodingsActOnThatOne() throws IOException {
        threeOverlapping();
        type(KeyType.Enter, "j");
        assertTrue(row("▶ care route").length() > 0, "the coding on exactly the selection is picked first\n" + screenText());

        type(KeyType.Enter, KeyType.ArrowDown);
        assertTrue(row("▶ process").length() > 0, screenText());
        type("m", "two sentences of the process", KeyType.Enter);
        assertEquals("two sentences of the process", memoOf("care decisions/process"));

        assertTrue(row("▶ process").length() > 0, "the pick stays while the selection does\n" + screenText());
        type(KeyType.Enter, "r", "care decisions", KeyType.Enter);
        assertEquals(List.of("care decisions", "care decisions/care route", "communication/one-way"), codes(), "the second is recoded, its span kept\n" + screenText());
        assertEquals("two sentences of the process", memoOf("care decisions"), "the memo goes with the recoded coding");

        type(KeyType.Enter);
        assertTrue(row("▶ care decisions").length() > 0, screenText());
        type("x");
        assertEquals(List.of("care decisions/care route", "communication/one-way"), codes(), "x removed the picked one");
        type("u");
        assertEquals(3, codes().size(), "u undoes");
    }

    @Test
    void theStripesNameEveryCodeOnAPassageAt80And120ColumnsInMonochrome() throws IOException {
        threeOverlapping();
        w.monochrome(true);
        for (int columns : new int[]{80, 120}) {
            vt.setTerminalSize(new com.googlecode.lanterna.TerminalSize(columns, 30));
            screen.doResizeIfNecessary();
            w.resize(columns, 30);
            type(KeyType.Enter, "j");
            List<String> all = rows();
            int from = all.indexOf(row("I call Zoë’s mother")), to = all.indexOf(row("And then?"));
            String passage = String.join("\n", all.subList(from, to));
            for (String name : List.of("care route", "process", "one-way")) assertTrue(passage.contains(name), columns + " columns: " + name + " named beside or below its passage\n" + screenText());
            assertEquals("┌┌╶", all.get(from).substring(0, 3), "three stripes side by side (the first sentence a short one)\n" + screenText());
            type("q");
        }
    }

    void threeOverlapping() {
        Document d = p.document("school01");
        int body = d.turns().get(1).body(), end = d.turns().get(1).end();
        String text = d.text().substring(body, end);
        int first = body + text.indexOf("first.") + "first.".length(), second = body + text.indexOf("wants.") + "wants.".length();
        Codings.add(p, "anna", List.of(new Coding("school01", body, end, "care decisions/care route", "anna", "2026-01-01T00:00:00Z"),
                new Coding("school01", body, second, "care decisions/process", "anna", "2026-01-01T00:00:00Z"),
                new Coding("school01", body, first, "communication/one-way", "anna", "2026-01-01T00:00:00Z")), "three");
    }

    @Test
    void aSelectionRunOnIntoTheNextTurnIsCodedFromThatTurnsWordsNotItsLabel() throws IOException {
        // the question is one sentence: anchored at its end, a sentence on is the answer's first
        type(KeyType.Enter, "{", ")", "v", ")");
        assertEquals("I call Zoë’s mother 😊 first.", selected());
        type("1");
        assertEquals("I call Zoë’s mother 😊 first.", coded("care decisions/care route"));
    }

    @Test
    void resizingAPickedCodingKeepsItsCodeAndMemo() throws IOException {
        type(KeyType.Enter, "j", "1");
        type(KeyType.Enter, "s", "(", "(", KeyType.Enter);
        assertEquals("I call Zoë’s mother 😊 first.", coded("care decisions/care route"));
        assertEquals(1, codes().size());
    }

    List<String> codes() {
        return Project.open(dir).coder("anna").codings().stream().map(Coding::code).sorted().toList();
    }

    String memoOf(String code) {
        return Project.open(dir).coder("anna").codings().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().memo();
    }

    @Test
    void aMemoOfThreeHundredCharactersIsTypedAndReadBack() throws IOException {
        StringBuilder memo = new StringBuilder();
        while (memo.length() < 300) memo.append("Zoë’s mother asks ").append(memo.length()).append(" times; ");
        String typed = memo.substring(0, 300).strip();
        type(KeyType.Enter, "j", "1", "m", typed, KeyType.Enter);
        assertEquals(typed, memoOf("care decisions/care route"));
        type("m");
        StringBuilder box = new StringBuilder();
        List<String> all = rows();
        int from = all.indexOf(row("┌ Memo on care route"));
        for (String r : all.subList(from + 1, all.size() - 1)) box.append(r.substring(2).strip()).append(' ');
        assertEquals(typed.replaceAll("\\s+", ""), box.toString().replaceAll("\\s+", ""), "the whole memo shows in the box, wrapped\n" + screenText());
        w.key(new KeyStroke('u', true, false));
        type("short", KeyType.Enter);
        assertEquals("short", memoOf("care decisions/care route"), "Ctrl-U cleared it");
    }

    @Test
    void theHelpPageOfEachScreenIsItsKeymap() throws IOException {
        vt.setTerminalSize(new com.googlecode.lanterna.TerminalSize(100, 120));
        screen.doResizeIfNecessary();
        w.resize(100, 120);
        checkHelp("documents");
        type(KeyType.Enter);
        checkHelp("transcript");
        type("/", "mother", KeyType.Enter);
        checkHelp("search");
        type("q", "#");
        checkHelp("counts");
        type("q", KeyType.Tab, "care");
        w.key(new KeyStroke('e', true, false));
        Tui.draw(w, screen);
        checkHelp("extracts");
        Codings.code(p, "anna", "school01", p.document("school01").turns().get(0).body(), p.document("school01").turns().get(0).end(), "care decisions/process", null);
        Codings.code(p, "ben", "school01", p.document("school01").turns().get(1).body(), p.document("school01").turns().get(1).end(), "care decisions/process", null);
        w.compare("anna", "ben");
        Tui.draw(w, screen);
        checkHelp("compare");
    }

    void checkHelp(String which) throws IOException {
        Screen s = w.top();
        type("?");
        List<String> shown = new java.util.ArrayList<>();
        int indent = Keymap.helpLine("", "").length();
        for (String r : rows().subList(1, rows().size() - 1)) {
            if (r.isBlank()) continue;
            // a help text longer than the window goes on under itself: join it back
            if (r.startsWith(" ".repeat(indent + 1)) && !shown.isEmpty()) shown.set(shown.size() - 1, shown.get(shown.size() - 1) + " " + r.strip());
            else shown.add(r.strip());
        }
        List<String> expected = new java.util.ArrayList<>();
        for (Keymap k : s.help()) for (String line : k.helpLines()) expected.add(line.strip());
        assertEquals(expected, shown, which + ": the ? page lists exactly the screen's bindings");
        int lines = 1;
        for (Keymap k : s.help()) lines += k.bindings().size() + 1;
        assertTrue(expected.size() >= lines - 1, "a line for each binding and each keymap's title");
        type(KeyType.Escape);
    }

    @Test
    void aStatusLineTooWideKeepsWholeHintsAndTheWayToHelp() throws IOException {
        type(KeyType.Enter);
        String status = rows().get(rows().size() - 1).strip();
        assertTrue(status.startsWith("↑ ↓  j k turn · v anchor") && status.endsWith("· ? help"), status);
        assertEquals("a · ? help", Renderer.fitHint("a · bbbbbbbbbb · ? help · c", 12));
    }

    @Test
    void aHelpPageLongerThanTheWindowScrollsToItsEnd() throws IOException {
        type(KeyType.Enter, "?");
        assertTrue(!screenText().contains("filter the codes"), "the codebook's keys are below the window\n" + screenText());
        assertTrue(row("Help").contains("scroll"), screenText());
        for (int i = 0; i < 5; i++) type(KeyType.PageDown);
        assertTrue(screenText().contains("filter the codes"), screenText());
        type(KeyType.Escape);
        assertTrue(!w.help);
    }

    @Test
    void mergeAndDeleteCodesAndADocumentFromTheWorkbenchEachUndone() throws IOException {
        type(KeyType.Enter, "j", "2", KeyType.Tab, "process");
        w.key(new KeyStroke('g', true, false));
        type("care route", KeyType.Enter);
        assertTrue(w.message.contains("merged care decisions/process into care decisions/care route: 1 coding of 1 coder follow"), w.message);
        assertEquals(List.of("care decisions/care route"), codes());
        assertTrue(!Project.open(dir).codebook().contains("care decisions/process"));
        type(KeyType.Escape, KeyType.Escape, "u");
        assertEquals(List.of("care decisions/process"), codes(), "u undoes the merge");
        assertTrue(Project.open(dir).codebook().contains("care decisions/process"));

        type(KeyType.Tab, "two-way");
        w.key(new KeyStroke('x', true, false));
        Tui.draw(w, screen);
        assertTrue(row("deleted communication/two-way").length() > 0, "an unused code goes at once\n" + screenText());
        type(KeyType.Escape, KeyType.Tab, "process");
        w.key(new KeyStroke('x', true, false));
        Tui.draw(w, screen);
        assertTrue(row("Delete care decisions/process with its 1 coding by 1 coder?").length() > 0, screenText());
        type("n");
        assertEquals(List.of("care decisions/process"), codes(), "another key keeps it");
        w.key(new KeyStroke('x', true, false));
        type("y");
        assertEquals(List.of(), codes());
        type(KeyType.Escape, KeyType.Tab, "u", "u");
        assertEquals(List.of("care decisions/process"), codes(), "both deletions undone");
        assertTrue(Project.open(dir).codebook().contains("communication/two-way"));

        type("q", KeyType.Home);
        w.key(new KeyStroke(KeyType.Delete));
        Tui.draw(w, screen);
        assertTrue(row("Delete school01 with 1 coding of every coder?").length() > 0, screenText());
        type("y");
        assertTrue(Project.open(dir).findDocument("school01").isEmpty());
        assertTrue(rows().stream().noneMatch(r -> r.contains("school01") && r.contains("turns")), "gone from the list\n" + screenText());
        type("u");
        assertTrue(Project.open(dir).findDocument("school01").isPresent(), w.message);
        assertEquals(List.of("care decisions/process"), codes(), "the document's coding came back with it");
    }

    @Test
    void theCountsScreenScrollsToItsLastRow() throws IOException {
        Project big = TestProjects.create(dir.resolve("big"));
        for (int i = 0; i < 40; i++) thema.coding.CodebookEdits.add(big, "anna", "care decisions", new thema.project.Code(String.format("extra %02d", i)));
        TestProjects.addDocument(big, "s1", "Teacher: One.\n", Map.of());
        w = new Workbench(Project.open(dir.resolve("big")), "anna", false);
        Tui.draw(w, screen);
        type("#");
        assertTrue(!screenText().contains("two-way"), "the last rows are below the window at first\n" + screenText());
        type(KeyType.End);
        assertTrue(row("two-way").length() > 0, screenText());
        type(KeyType.Home);
        assertTrue(row("care decisions").length() > 0, screenText());
    }
}
