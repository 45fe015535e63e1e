package thema.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;
import thema.coding.Memos;
import thema.coding.reliability.Consensus;
import thema.coding.reliability.Sample;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestProjects;

/** The workbench driven through Lanterna's virtual terminal: keys in, the screen a researcher would see out. */
class WorkbenchTest extends WorkbenchFixture {
    @Test
    void documentsListFiltersAndOpens() throws IOException {
        assertTrue(screenText().contains("school01"), screenText());
        assertTrue(row("school02").contains("schooltype=special"));
        type("spec");
        assertFalse(screenText().contains("school01"), "filtered out");
        type(KeyType.Enter);
        assertTrue(row("thema").contains("school02"), "the title names the open document");
        assertTrue(screenText().contains("Short one."));
    }

    @Test
    void applyAPinnedCodeShowsItsMarkAndSavesIt_thenUndo() throws IOException {
        type(KeyType.Enter, KeyType.ArrowDown);
        assertEquals(1, t().turn);
        type("1");
        List<Coding> saved = Project.open(dir).coder("anna").codings();
        assertEquals(1, saved.size(), "saved at once");
        assertEquals("care decisions/care route", saved.get(0).code());
        assertEquals("I call Zoë’s mother 😊 first. Then we meet and I ask what she wants. We agree on a plan together.",
                p.document("school01").text().substring(saved.get(0).start(), saved.get(0).end()));
        String line = row("I call Zoë’s mother");
        assertEquals('┌', line.charAt(0), "the coding's stripe starts beside its first line\n" + screenText());
        assertTrue(row("▸ care route").length() > 0, "and its name is below the turn (80 columns)\n" + screenText());
        assertTrue(row("Turn 2/4").length() > 0);
        assertTrue(screenText().contains("▶ care route"), "the side pane lists the code of this turn, picked\n" + screenText());

        type("u");
        assertEquals(0, Project.open(dir).coder("anna").codings().size());
        assertEquals(' ', row("I call Zoë’s mother").charAt(0), "stripe gone after undo");
        assertFalse(screenText().contains("▸ care route"), screenText());
        type("U");
        assertEquals(1, Project.open(dir).coder("anna").codings().size(), "redo");
    }

    /** Issue 17.8: u took back a coding a script had just saved as the same coder. */
    @Test
    void undoTakesBackThisWorkbenchsStepsAndAsksBeforeAnotherProgramsStep() throws IOException {
        type(KeyType.Enter, KeyType.ArrowDown, "1");
        Project script = Project.open(dir);
        Document d = script.document("school01");
        Codings.add(script, "anna", List.of(new Coding("school01", d.turns().get(3).body(), d.turns().get(3).end(),
                "care decisions/process", "anna", "2026-01-01T00:00:00Z")), "code from a script");
        p.refresh();
        type("u");
        assertEquals(2, Project.open(dir).coder("anna").codings().size(), "the script's coding is not taken back unasked");
        assertTrue(row("undo 'code from a script', saved by another program at").length() > 0, screenText());
        type("n");
        assertEquals(2, Project.open(dir).coder("anna").codings().size());
        assertTrue(row("not undone").length() > 0, screenText());
        type("u", "y");
        List<Coding> left = Project.open(dir).coder("anna").codings();
        assertEquals(List.of("care decisions/care route"), left.stream().map(Coding::code).toList(), "confirmed: the script's step is undone");
        type("u");
        assertEquals(0, Project.open(dir).coder("anna").codings().size(), "the workbench's own step is undone at once");
        assertTrue(row("undone: code care decisions/care route").length() > 0, screenText());
    }

    /** The side pane keeps as many rows for the codes here as the busiest turn needs: the codebook does not jump as the turn changes. */
    @Test
    void theCodebookStaysInPlaceFromTurnToTurn() throws IOException {
        type(KeyType.Enter, KeyType.ArrowDown, "1", "2", "3");
        int codebookRow = rows().indexOf(row("Codebook"));
        assertTrue(row("▶ care route").length() > 0, screenText());
        type(KeyType.ArrowDown);
        assertTrue(row("no codes here").length() > 0, screenText());
        assertEquals(codebookRow, rows().indexOf(row("Codebook")), "a turn without codes\n" + screenText());
        type(KeyType.ArrowUp, KeyType.ArrowUp);
        assertEquals(codebookRow, rows().indexOf(row("Codebook")), "the first turn\n" + screenText());
        type(KeyType.ArrowDown, "u", "u", "u");
        assertEquals(codebookRow - 2, rows().indexOf(row("Codebook")), "with the codings undone the rows are given back\n" + screenText());
    }

    @Test
    void selectionBySentenceAndWordThenCodeFromTheCodebook() throws IOException {
        type(KeyType.Enter, "j");
        // shrink the selection to the first sentence: the end moves back sentence by sentence
        type("(", "(");
        assertEquals("I call Zoë’s mother 😊 first.", selected());
        type("w");
        assertEquals("I call Zoë’s mother 😊 first. Then", selected());
        type(KeyType.Tab, "two", KeyType.Enter);
        Coding c = Project.open(dir).coder("anna").codings().get(0);
        assertEquals("communication/two-way", c.code());
        assertEquals("I call Zoë’s mother 😊 first. Then", p.document("school01").text().substring(c.start(), c.end()));
        assertEquals('╶', row("I call Zoë’s").charAt(0), "a coding on one line: a short stripe");
        assertTrue(row("▸ two-way").length() > 0, screenText());
    }

    @Test
    void newCodeRenameAndMemoFromTheKeyboard() throws IOException {
        type(KeyType.Enter, "j", KeyType.Tab, "care route");
        ctrl('n');
        type("home effort", KeyType.Enter);
        assertTrue(Project.open(dir).codebook().contains("care decisions/home effort"), "lands beside the highlighted code, under its parent");
        type(KeyType.Enter);
        ctrl('r');
        for (int i = 0; i < "home effort".length(); i++) type(KeyType.Backspace);
        type("home work", KeyType.Enter);
        Project q = Project.open(dir);
        assertEquals("care decisions/home work", q.coder("anna").codings().get(0).code(), "the coding follows the rename");
        type(KeyType.Tab, "m", "asks about home", KeyType.Enter);
        assertEquals("asks about home", Project.open(dir).coder("anna").codings().get(0).memo());
    }

    @Test
    void helpDoneAndQuit() throws IOException {
        type(KeyType.Enter, "?");
        assertTrue(screenText().contains("the caret to the end of the sentence / its start"), screenText());
        type(KeyType.Escape, "d");
        assertTrue(Project.open(dir).coder("anna").done().contains("school01"));
        type("q");
        assertTrue(row("school01").startsWith("✓"), screenText());
        type("q");
        assertTrue(w.quit);
    }

    @Test
    void pinsAreKeptPerCoderAcrossSessions() throws IOException {
        assertEquals(List.of("care decisions/care route", "care decisions/process", "communication/one-way", "communication/two-way"),
                java.util.Arrays.asList(w.pins).subList(0, 4), "by default the first leaf codes");
        type(KeyType.Enter, KeyType.Tab, "care decisions");
        ctrl('p');
        assertEquals("care decisions", w.pins[4]);
        assertEquals("care decisions", new Workbench(Project.open(dir), "anna", false).pins[4], "anna's next session has her pin");
        assertEquals(null, new Workbench(Project.open(dir), "ben", false).pins[4], "ben has his own pins");
        java.nio.file.Files.writeString(dir.resolve(Pins.relativePath("anna")), "[unclosed");
        assertEquals("care decisions/care route", new Workbench(Project.open(dir), "anna", false).pins[0], "a damaged file brings the defaults back");
    }

    @Test
    void monochromeDrawsTheMarginWithoutColour() throws IOException {
        type(KeyType.Enter, KeyType.ArrowDown, "1");
        int y = rows().indexOf(row("I call Zoë"));
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.GREEN, vt.getBufferCharacter(0, y).getForegroundColor(), "care route, second in the codebook: the second colour");
        w.monochrome(true);
        Tui.draw(w, screen);
        assertEquals('┌', vt.getBufferCharacter(0, y).getCharacterString().charAt(0), "the stripe is still drawn");
        assertTrue(row("▸ care route").length() > 0, "and named");
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, vt.getBufferCharacter(0, y).getForegroundColor());
    }

    @Test
    void escapeAndAKeyTypedTogetherAreBothObeyed() throws IOException {
        type("spec");
        // the terminal delivers Esc and q in one read; Lanterna calls that Alt+q
        w.key(new KeyStroke('q', false, true));
        assertEquals("", ((DocumentsScreen) w.top()).filter, "Esc cleared the filter");
        assertTrue(w.quit, "then q quit");
    }

    /** Runs the real terminal loop on the virtual terminal until the workbench quits. */
    Thread loop(long reloadEveryMs) {
        Thread t = new Thread(() -> {
            try {
                Tui.loop(w, screen, reloadEveryMs);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) throw new AssertionError("not seen within 5 s: " + what + "\n" + screenText());
            Thread.sleep(10);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(30) // a loop that blocks on the keyboard would hang here, not fail
    void anIdleWorkbenchRedrawsOnResizeAndShowsWhatAnotherProcessSaved() throws Exception {
        Thread t = loop(50);
        await("the first screen", () -> screenText().contains("school01"));
        vt.setTerminalSize(new TerminalSize(100, 30));
        await("a redraw at the new size, without a key", () -> rows().size() == 30 && rows().get(29).contains("q quit"));
        // another process (a script, a second coder's workbench) imports a document
        TestProjects.addDocument(Project.open(dir), "school03", "Teacher: Added elsewhere.\n", Map.of("schooltype", "priority"));
        await("the new document in the list", () -> screenText().contains("school03"));
        // the loop may be drawing while the test reads the screen: wait for a whole status line
        await("the status line says so", () -> screenText().contains("Reloaded what another process saved"));
        vt.addInput(new KeyStroke('q', false, false));
        t.join(5000);
        assertFalse(t.isAlive(), "q quits the loop");
    }

    @Test
    @org.junit.jupiter.api.Timeout(30) // a loop that blocks on the keyboard would hang here, not fail
    void anOpenTranscriptFollowsAnotherProcessesCodings() throws Exception {
        type(KeyType.Enter);
        Thread t = loop(50);
        Project other = Project.open(dir);
        Document d = other.document("school01");
        Codings.add(other, "anna", List.of(new Coding("school01", d.turns().get(1).body(), d.turns().get(1).end(),
                "care decisions/process", "anna", "2026-01-01T00:00:00Z")), "code elsewhere");
        await("the other process's coding in the margin", () -> rows().stream().anyMatch(r -> r.contains("I call Zoë") && !r.startsWith(" ")));
        vt.addInput(new KeyStroke(KeyType.Escape));
        vt.addInput(new KeyStroke('q', false, false));
        vt.addInput(new KeyStroke('q', false, false));
        t.join(5000);
        assertFalse(t.isAlive());
    }

    @Test
    void resizeReflowsAndWideCharactersKeepTheMarginAligned() throws IOException {
        type(KeyType.Enter, "j", "1");
        vt.setTerminalSize(new TerminalSize(60, 20));
        Tui.draw(w, screen);
        for (String r : rows()) assertTrue(r.length() <= 60);
        for (String r : rows()) {
            if (r.contains("Zoë")) assertTrue(r.startsWith("┌    I call"), "text starts in column 5 after the stripes: " + r);
        }
        vt.setTerminalSize(new TerminalSize(120, 40));
        Tui.draw(w, screen);
        assertTrue(row("I call Zoë’s mother 😊 first. Then we meet").startsWith("┌"), screenText());
        assertTrue(row("I call Zoë’s mother 😊 first. Then we meet").contains("care route"), "at 120 columns the name is beside the text\n" + screenText());
        assertTrue(screenText().contains("Codebook"));
        vt.setTerminalSize(new TerminalSize(40, 12));
        Tui.draw(w, screen);
        assertTrue(screenText().contains("I call"), "a narrow terminal drops the side pane but keeps the text\n" + screenText());
    }

    @Test
    void searchJumpsToTheHitAndCodesIt() throws IOException {
        type("/", "mother", KeyType.Enter);
        assertTrue(screenText().contains("1 hit in 1 turn") || screenText().contains("Search: mother"), screenText());
        assertTrue(row("school01").contains("mother"), screenText());
        assertTrue(screenText().contains("1-9 code its sentence"), screenText());
        type("1");
        Coding c = Project.open(dir).coder("anna").codings().get(0);
        assertEquals("I call Zoë’s mother 😊 first.", p.document("school01").text().substring(c.start(), c.end()), "a number key codes the hit's sentence");
        type("s", "2");
        assertTrue(screenText().contains("1-9 code the bare hit"), screenText());
        assertEquals("mother", Project.open(dir).coder("anna").codings().stream().filter(x -> x.code().endsWith("process"))
                .map(x -> p.document("school01").text().substring(x.start(), x.end())).findFirst().orElseThrow(), "s: the bare hit");
        type("s", "3");
        assertEquals(p.document("school01").turns().get(1).body(), Project.open(dir).coder("anna").codings().stream().filter(x -> x.code().endsWith("one-way"))
                .findFirst().orElseThrow().start(), "s again: the hit's turn");
        type(KeyType.Enter);
        assertTrue(w.top() instanceof TranscriptScreen, screenText());
        assertEquals("mother", selected(), "the hit is selected in its transcript");
        assertTrue(screenText().contains("▸ care route · one-way") || screenText().contains("care route"), screenText());
    }

    @Test
    void aQueryLuceneCannotRunIsAMessageNotACrash() throws IOException {
        type("/", "\"call mother\"~-1", KeyType.Enter);
        assertTrue(screenText().contains("0 or more"), screenText());
        type(KeyType.Escape, "/", "(".repeat(5000) + "mother" + ")".repeat(5000), KeyType.Enter);
        assertTrue(screenText().contains("nested more than"), screenText());
    }

    @Test
    void countsScreenWithBarsSplitsByAttribute() throws IOException {
        type(KeyType.Enter, "j", "1", "#");
        // k of n: n counts the documents this coder coded (as thema counts --coder does)
        assertTrue(row("care route").matches(".*\\s1\\s+1\\s+1 of 1\\s+█+\\s*"), screenText());
        type("b");
        assertTrue(screenText().contains("by schooltype"), screenText());
        assertTrue(row("care route").contains("regular") && row("care route").contains("1 of 1"), screenText());
        type("q");
        assertTrue(w.top() instanceof TranscriptScreen, screenText());
    }

    @Test
    void countsScreenCountsParticipantsWhereTheInterviewerCountsForNobody() throws IOException {
        type(KeyType.Enter, "1", "q", "#"); // care route on turn 1, the interviewer's question
        assertTrue(row("care route").contains("1 of 1"), "by document: " + screenText());
        type("u");
        assertTrue(screenText().contains("by participant"), screenText());
        assertTrue(row("segments").contains("participants"), screenText());
        assertTrue(row("care route").matches(".*\\s0\\s+0\\s+0 of 1\\s*"), "the interviewer is nobody: " + screenText());
        type("u");
        assertTrue(row("care route").contains("1 of 1"), "back to documents: " + screenText());
    }

    @Test
    void compareScreenWalksTheDisagreementsAndBuildsTheConsensus() throws IOException {
        Path copy = dir.resolve("care-study");
        w = new Workbench(TestProjects.copyExample("care-study", copy), "anna", false);
        Tui.draw(w, screen);
        type("=");
        assertTrue(w.top() instanceof CompareScreen, w.message);
        assertTrue(screenText().contains("Compare anna ↔ ben · 6 disagreements, 6 undecided"), screenText());
        assertTrue(row("t01, turn 16").length() > 0);
        assertTrue(row("≠ two-way").indexOf("≠ two-way") >= 40, "ben's extra code stands in B's column\n" + screenText());
        assertTrue(row("▸ ").contains("A process") && row("▸ ").contains("B two-way"), "the turn's stripes are named with each coder's initial\n" + screenText());
        type("t", "intention, not action", KeyType.Enter, "a");
        assertTrue(screenText().contains("5 undecided"), screenText());
        var decision = Consensus.decisionOn(Project.open(copy), "t01", 16).orElseThrow();
        assertEquals("intention, not action", decision.note());
        assertTrue(Project.open(copy).coder("consensus").codings().stream().anyMatch(c -> c.doc().equals("t01") && c.code().equals("care decisions/process")));
        assertTrue(Project.open(copy).coder("consensus").codings().stream().noneMatch(c -> c.doc().equals("t01") && c.code().equals("communication/two-way")),
                "accepting anna's codes leaves ben's extra code out of the consensus");

        Workbench blindOne = new Workbench(Project.open(copy), "anna", true);
        blindOne.key(new KeyStroke('=', false, false));
        assertTrue(blindOne.top() instanceof DocumentsScreen);
        assertTrue(blindOne.message.contains("blind"), blindOne.message);
    }

    @Test
    void theMouseSelectsATurnAndDragsASelection() throws IOException {
        type(KeyType.Enter);
        int y = rows().indexOf(row("I call Zoë’s mother"));
        int x = row("I call Zoë’s mother").indexOf("call");
        w.key(new com.googlecode.lanterna.input.MouseAction(com.googlecode.lanterna.input.MouseActionType.CLICK_DOWN, 1,
                new com.googlecode.lanterna.TerminalPosition(x, y)));
        assertEquals(1, t().turn);
        int x2 = row("I call Zoë’s mother").indexOf(" 😊");
        w.key(new com.googlecode.lanterna.input.MouseAction(com.googlecode.lanterna.input.MouseActionType.DRAG, 1,
                new com.googlecode.lanterna.TerminalPosition(x2, y)));
        assertEquals("call Zoë’s mother", selected());
    }

    @Test
    void extractsOfACodeAndMemosInPlace() throws IOException {
        type(KeyType.Enter, "j", "1", "q", KeyType.ArrowDown, KeyType.Enter);   // code turn 2 of school01, then open school02
        type("1", KeyType.Tab, "care route");
        ctrl('e');
        assertTrue(w.top() instanceof ExtractsScreen, screenText());
        assertTrue(screenText().contains("Extracts of care decisions/care route · 2 by anna"), screenText());
        assertTrue(screenText().contains("(school01, turn 2)"), screenText());
        type(KeyType.Enter);
        assertEquals("school01", t().doc.id());
        assertEquals(1, t().turn);
        type(KeyType.Tab, "care route");
        ctrl('o');
        type("route is the spine", KeyType.Enter, KeyType.Tab, "M", "first interview", KeyType.Enter, "q");
        ctrl('t');
        type("day one", KeyType.Enter);
        var memos = Memos.load(Project.open(dir), "anna").memos;
        type(KeyType.Enter, "j", "K");
        assertTrue(Project.open(dir).coder("anna").codings().stream().anyMatch(c -> c.doc().equals(t().doc.id()) && c.keyQuote()), "K marks a key quote");
        assertTrue(screenText().contains("★"), screenText());
        assertEquals(List.of("route is the spine", "first interview", "day one"), memos.stream().map(m -> m.text).toList());
        assertEquals("care decisions/care route", memos.get(0).code);
        assertEquals("school01", memos.get(1).doc);
    }

    @Test
    void anEmojiIsOneScreenCellNotTwoSurrogateHalves() throws IOException {
        type(KeyType.Enter);
        boolean found = false;
        TerminalSize size = screen.getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                String c = screen.getBackCharacter(x, y).getCharacterString();
                assertFalse(c.length() == 1 && Character.isSurrogate(c.charAt(0)), "a lone surrogate at " + x + "," + y);
                found |= c.equals("😊");
            }
        }
        assertTrue(found, "the emoji is drawn whole (a real terminal would show ?? otherwise)");
    }

    /** A workbench on another project, drawn onto the same virtual terminal. */
    void reopen(Project q, String coder, boolean blind) throws IOException {
        p = q;
        w = new Workbench(q, coder, blind);
        Tui.draw(w, screen);
    }

    void codeTurn(Project q, String coder, String doc, int turn, String... codes) {
        int[] s = Codings.turnSpan(q.document(doc), turn);
        for (String c : codes) Codings.add(q, coder, List.of(new Coding(doc, s[0], s[1], c, coder, Coding.now())), "code");
    }

    @Test
    void blindSearchShowsNothingOfAnotherCoderAndTheSampleIsMarked() throws IOException {
        Project q = TestProjects.create(dir.resolve("blind"));
        TestProjects.addDocument(q, "school01", "Teacher: We phoned the mother.\n\nTeacher: Then a letter went home.\n", Map.of());
        TestProjects.addDocument(q, "school02", "Teacher: The parents came in.\n", Map.of());
        TestProjects.addDocument(q, "school03", "Teacher: Nobody called back.\n", Map.of());
        codeTurn(q, "els", "school01", 2, "process");
        codeTurn(q, "els", "school02", 1, "process");
        codeTurn(q, "jan", "school01", 1, "process");
        new Sample(List.of("els", "jan"), 0.5, 7, null, "2026-01-01T00:00:00Z", List.of("school01", "school02")).save(q);
        reopen(q, "jan", true);
        assertTrue(row("school01").matches(" S school01 .*"), "the sample is marked\n" + screenText());
        assertTrue(row("school02").matches(" S school02 .*"), screenText());
        assertTrue(row("school03").matches("   school03 .*"), screenText());
        assertTrue(screenText().contains("S: your reliability sample"), screenText());

        type("/", "coder:els", KeyType.Enter);
        assertTrue(row("blind mode").contains("query 'coder:els': blind mode shows jan's own codings only, not els's"), screenText());
        assertFalse(screenText().contains("letter went home") || screenText().contains("parents came in"), "nothing of els's turns\n" + screenText());
        assertFalse(screenText().contains("hits"), "no hit count either\n" + screenText());

        type("/", KeyType.Backspace, KeyType.Backspace, KeyType.Backspace, KeyType.Backspace, KeyType.Backspace, KeyType.Backspace, KeyType.Backspace,
                KeyType.Backspace, KeyType.Backspace, "code:process", KeyType.Enter);
        assertTrue(w.top() instanceof SearchScreen, w.message);
        assertTrue(screenText().contains("1 hit in 1 turn"), "jan's own process turn only\n" + screenText());
        assertTrue(screenText().contains("We phoned the mother."), screenText());
        assertFalse(screenText().contains("letter went home") || screenText().contains("parents came in"), screenText());

        // the counts screen counts jan alone (n: the documents jan coded, as thema counts --coder jan)
        type("q", "#");
        assertTrue(screenText().contains("Counts of jan's codings"), screenText());
        assertTrue(row("process").matches(".*\\s1\\s+1\\s+1 of 1.*"), screenText());

        // not blind, the same search sees both coders
        reopen(q, "jan", false);
        type("/", "code:process", KeyType.Enter);
        assertTrue(screenText().contains("3 hits in 3 turns"), screenText());
    }

    @Test
    void compareNewCodeKeepsTheAgreedCodesAndCapitalCReplacesThem() throws IOException {
        Project q = TestProjects.create(dir.resolve("compare"));
        TestProjects.addDocument(q, "school02", "Teacher: Hello.\n\nTeacher: We made a plan with the mother and checked she understood it.\n", Map.of());
        codeTurn(q, "els", "school02", 2, "care route", "process", "two-way");
        codeTurn(q, "jan", "school02", 2, "process", "two-way");
        codeTurn(q, "els", "school02", 1, "process");
        Codings.done(q, "els", List.of("school02"), true);
        Codings.done(q, "jan", List.of("school02"), true);
        reopen(q, "els", false);
        type("=");
        assertTrue(w.top() instanceof CompareScreen, w.message);
        assertTrue(screenText().contains("2 disagreements"), screenText());
        type("j");
        assertTrue(row("school02, turn 2").length() > 0, screenText());
        type("c");
        assertTrue(screenText().contains("Consensus code (added to the codes both applied)"), screenText());
        type("care-route", KeyType.Enter);
        int[] t2 = Codings.turnSpan(q.document("school02"), 2);
        assertEquals(List.of("care decisions/care route", "care decisions/process", "communication/two-way"), consensusOn(q, t2),
                "the agreed process and two-way stay");

        type("k", "j");
        assertTrue(row("school02, turn 2").length() > 0, screenText());
        type("C");
        assertTrue(screenText().contains("Consensus code (replaces every code on the turn)"), screenText());
        type("care-route", KeyType.Enter);
        assertEquals(List.of("care decisions/care route"), consensusOn(q, t2));
        type("?");
        assertTrue(screenText().contains("C               a new code that replaces every code on the turn"), screenText());
    }

    List<String> consensusOn(Project q, int[] span) {
        return Project.open(q.dir()).coder("consensus").codings().stream().filter(c -> c.overlaps("school02", span[0], span[1]))
                .map(Coding::code).sorted().toList();
    }

    @Test
    void aSecondAlternativeOfAnExclusiveGroupIsOfferedAsAReplacement() throws IOException {
        type(KeyType.Enter, "j", KeyType.Tab, "one-way", KeyType.Enter);
        assertEquals(List.of("communication/one-way"), Project.open(dir).coder("anna").codings().stream().map(Coding::code).toList());
        type(KeyType.Escape, "two-way", KeyType.Enter);
        assertTrue(row("exclusive communication: r replaces your one-way by two-way, other keys keep it").length() > 0, screenText());
        assertEquals(List.of("communication/one-way"), Project.open(dir).coder("anna").codings().stream().map(Coding::code).toList(), "nothing saved yet");
        type("n");
        assertTrue(screenText().contains("kept your one-way"), screenText());
        assertEquals(List.of("communication/one-way"), Project.open(dir).coder("anna").codings().stream().map(Coding::code).toList());
        type(KeyType.Enter, "r");
        assertTrue(screenText().contains("replaced by communication/two-way"), screenText());
        assertEquals(List.of("communication/two-way"), Project.open(dir).coder("anna").codings().stream().map(Coding::code).toList());
        type(KeyType.Tab, "u");
        assertEquals(List.of("communication/one-way"), Project.open(dir).coder("anna").codings().stream().map(Coding::code).toList(), "one undo step");
    }
}
