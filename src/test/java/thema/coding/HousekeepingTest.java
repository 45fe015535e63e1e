package thema.coding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.reliability.Sample;
import thema.project.Code;
import thema.project.Coding;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.TestTrees;
import thema.project.ThemaException;
import thema.search.TurnIndex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Merging and deleting codes, deleting a document: what follows, what is refused, and undo byte for byte. */
class HousekeepingTest {
    static final String ROUTE = "care decisions/care route", PROCESS = "care decisions/process";
    static final String THEMES = "# our themes, by hand\nthemes:\n  - name: deciding\n    codes: [\"care decisions/care route\", \"care decisions/process\"]\n";

    @TempDir
    Path dir;

    /** Two documents; anna and ben code care route (one duplicate of a process coding), a subcode, memos, hand-written themes. */
    private Project project() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: one two three four five six seven\n", Map.of());
        TestProjects.addDocument(p, "d2", "A: eight nine ten eleven\n", Map.of());
        CodebookEdits.add(p, "anna", ROUTE, new Code("by phone"));
        Codings.add(p, "anna", List.of(
                new Coding("d1", 3, 6, ROUTE, "first", null, "anna", "t"),
                new Coding("d1", 3, 6, PROCESS, "second", null, "anna", "t"),
                new Coding("d1", 7, 10, ROUTE, null, true, "anna", "t"),
                new Coding("d1", 11, 16, ROUTE + "/by phone", "anna", "t"),
                new Coding("d2", 3, 8, PROCESS, "anna", "t")), "coding");
        Codings.add(p, "ben", List.of(new Coding("d1", 3, 6, ROUTE, "ben", "t"), new Coding("d2", 3, 8, "communication/one-way", "ben", "t")), "coding");
        Codings.done(p, "ben", List.of("d1"), true);
        Memos.write(p, "anna", Memos.About.code(ROUTE), "route memo");
        Memos.write(p, "anna", Memos.About.code(PROCESS), "process memo");
        Files.writeString(dir.resolve(Themes.FILE), THEMES, StandardCharsets.UTF_8);
        return Project.open(dir);
    }

    private static void assertClean(Project p) {
        assertTrue(p.check().ok(), () -> p.check().findings().toString());
    }

    @Test
    void mergeMovesEveryCodersCodingsAndSubcodesJoinsDuplicatesAndUndoRestoresEveryByte() throws Exception {
        Project p = project();
        String before = TestTrees.snapshot(dir);
        CodebookEdits.Outcome m = CodebookEdits.merge(p, "anna", "care route", "process");
        assertEquals(Map.of("anna", 3, "ben", 1), m.codings());
        assertEquals(1, m.duplicates());
        assertEquals("4 codings of 2 coders", m.counted());
        assertFalse(p.codebook().contains(ROUTE));
        assertTrue(p.codebook().contains(PROCESS + "/by phone"));
        List<Coding> anna = Project.open(dir).coder("anna").codings();
        assertEquals(4, anna.size());
        Coding joined = anna.get(0);
        assertEquals(PROCESS, joined.code());
        assertEquals("second / first", joined.memo(), "the target's memo first, then the merged one's");
        assertTrue(anna.stream().anyMatch(c -> c.start() == 7 && c.code().equals(PROCESS) && c.keyQuote()));
        assertTrue(anna.stream().anyMatch(c -> c.start() == 11 && c.code().equals(PROCESS + "/by phone")));
        assertEquals(PROCESS, Project.open(dir).coder("ben").codings().get(0).code());
        assertEquals(List.of(PROCESS), Themes.load(p).themes.get(0).codes);
        assertEquals("process memo / route memo", Memos.load(p, "anna").text(Memos.About.code(PROCESS)));
        assertClean(Project.open(dir));
        String after = TestTrees.snapshot(dir);

        assertEquals("merge " + ROUTE + " into " + PROCESS, Codings.undo(Project.open(dir), "anna"));
        assertEquals(before, TestTrees.snapshot(dir), "undo brings back every file byte for byte, the hand-written themes too");
        assertClean(Project.open(dir));
        Codings.redo(Project.open(dir), "anna");
        assertEquals(after, TestTrees.snapshot(dir));
    }

    @Test
    void undoRefusesWhenAnotherCoderChangedAFileSince() throws Exception {
        Project p = project();
        CodebookEdits.merge(p, "anna", "care route", "process");
        Codings.code(p, "ben", "d2", 3, 8, PROCESS, null);
        String now = TestTrees.snapshot(dir);
        ThemaException e = assertThrows(ThemaException.class, () -> Codings.undo(p, "anna"));
        assertTrue(e.getMessage().contains("codings/ben.yaml has changed since"), e.getMessage());
        assertEquals(now, TestTrees.snapshot(dir));
    }

    @Test
    void mergesThatCannotBeAreRefusedAndChangeNothing() throws Exception {
        Project p = project();
        String before = TestTrees.snapshot(dir);
        assertEquals("cannot merge '" + ROUTE + "' into itself", assertThrows(ThemaException.class,
                () -> CodebookEdits.merge(p, "anna", "care route", ROUTE)).getMessage());
        assertEquals("cannot merge '" + ROUTE + "' into its own subcode '" + ROUTE + "/by phone'", assertThrows(ThemaException.class,
                () -> CodebookEdits.merge(p, "anna", "care route", "by phone")).getMessage());
        assertEquals("code 'nowhere' is not in the codebook", assertThrows(ThemaException.class,
                () -> CodebookEdits.merge(p, "anna", "care route", "nowhere")).getMessage());
        // anna has one-way on d2 [3, 8) beside process: process merged into the exclusive two-way's sibling would clash
        Codings.code(p, "anna", "d2", 3, 8, "communication/two-way", null);
        String coded = TestTrees.snapshot(dir);
        ThemaException clash = assertThrows(ThemaException.class, () -> CodebookEdits.merge(p, "anna", "process", "one-way"));
        assertTrue(clash.getMessage().startsWith("merge " + PROCESS + " into communication/one-way would break an exclusive group in anna's codings"),
                clash.getMessage());
        assertEquals(coded, TestTrees.snapshot(dir));
        CodebookEdits.add(p, "anna", PROCESS, new Code("By Phone"));
        assertTrue(assertThrows(ThemaException.class, () -> CodebookEdits.merge(p, "anna", "care route", "process")).getMessage()
                .contains("both have a subcode 'by phone'"));
        assertNotEquals(before, coded);
    }

    @Test
    void deleteRefusesAUsedCodeWithTheCountsAndWithCodingsTakesEverythingOneUndoStep() throws Exception {
        Project p = project();
        String before = TestTrees.snapshot(dir);
        ThemaException e = assertThrows(ThemaException.class, () -> CodebookEdits.delete(p, "anna", "care route", false));
        assertEquals("'" + ROUTE + "' has 4 codings by 2 coders and 1 memo; delete them too with --with-codings", e.getMessage());
        assertEquals(before, TestTrees.snapshot(dir));

        CodebookEdits.Outcome d = CodebookEdits.delete(p, "anna", "care route", true);
        assertEquals(Map.of("anna", 3, "ben", 1), d.codings());
        assertEquals(1, d.memos());
        Project q = Project.open(dir);
        assertFalse(q.codebook().contains(ROUTE));
        assertFalse(q.codebook().contains(ROUTE + "/by phone"));
        assertEquals(2, q.coder("anna").codings().size());
        assertTrue(q.coder("ben").isDone("d1"));
        assertEquals(List.of(PROCESS), Themes.load(q).themes.get(0).codes);
        assertNull(Memos.load(q, "anna").text(Memos.About.code(ROUTE)));
        assertClean(q);

        assertEquals("delete code " + ROUTE, Codings.undo(q, "anna"));
        assertEquals(before, TestTrees.snapshot(dir));
        assertClean(Project.open(dir));
    }

    @Test
    void anUnusedCodeIsDeletedWithoutTheFlagAndThemesDropIt() throws Exception {
        Project p = project();
        Files.writeString(dir.resolve(Themes.FILE), "themes:\n  - name: talking\n    codes: [communication/two-way, " + PROCESS + "]\n");
        CodebookEdits.Outcome d = CodebookEdits.delete(p, "anna", "two-way", false);
        assertEquals(0, d.total());
        assertEquals(List.of(PROCESS), Themes.load(p).themes.get(0).codes);
        assertTrue(p.codebook().contains("communication/one-way"));
        ThemaException last = assertThrows(ThemaException.class, () -> CodebookEdits.delete(p, "anna", "one-way", true));
        assertEquals("cannot delete 'communication/one-way': it is the last alternative of the exclusive group 'communication' (delete the group instead)",
                last.getMessage());
        assertClean(Project.open(dir));
    }

    @Test
    void deleteDocumentTakesItsCodingsMemosSpeakersAndSampleAndUndoBringsThemBack() throws Exception {
        Project p = project();
        Memos.write(p, "ben", Memos.About.document("d1"), "a long interview");
        Memos.write(p, "ben", Memos.About.document("d2"), "short");
        Files.writeString(dir.resolve("participants.yaml"), "# who speaks\nspeakers:\n  d1:\n    A: p1\n  d2:\n    A: p2\n");
        new Sample(List.of("anna", "ben"), 0.5, 1, null, "t", List.of("d1", "d2")).save(p);
        Files.createDirectories(dir.resolve("reliability"));
        Files.writeString(dir.resolve(Decisions.FILE), "coders: [anna, ben]\nseeded: [d1, d2]\ndecisions:\n"
                + "  - {doc: d1, turn: 1, decision: both}\n  - {doc: d2, turn: 1, decision: neither}\n");
        try (TurnIndex idx = TurnIndex.open(p)) {
            assertEquals(2, idx.searcher().getIndexReader().numDocs());
        }
        String before = TestTrees.snapshot(dir);

        DocumentEdits.Deleted d = DocumentEdits.delete(p, "anna", "d1");
        assertEquals(Map.of("anna", 4, "ben", 1), d.codings());
        assertEquals(1, d.memos());
        assertFalse(Files.exists(dir.resolve("documents/d1.txt")));
        assertFalse(Files.exists(dir.resolve("documents/d1.yaml")));
        assertTrue(p.findDocument("d1").isEmpty(), "the open project sees it gone at once");
        Project q = Project.open(dir);
        assertTrue(q.findDocument("d1").isEmpty());
        assertEquals(1, q.coder("anna").codings().size());
        assertFalse(q.coder("ben").isDone("d1"));
        assertNull(Memos.load(q, "ben").text(Memos.About.document("d1")));
        assertEquals("short", Memos.load(q, "ben").text(Memos.About.document("d2")));
        assertEquals(List.of("d2"), Sample.load(q).documents());
        Decisions decided = q.read(Decisions.KIND);
        assertEquals(List.of("d2"), decided.seeded());
        assertEquals(List.of("d2"), decided.decisions().stream().map(Decision::doc).toList());
        assertFalse(Files.readString(dir.resolve("participants.yaml")).contains("d1"));
        try (TurnIndex idx = TurnIndex.open(q)) {
            assertEquals(1, idx.searcher().getIndexReader().numDocs(), "the index follows");
        }
        assertClean(q);

        assertEquals("delete document d1", Codings.undo(q, "anna"));
        assertEquals(before, TestTrees.snapshot(dir));
        Project r = Project.open(dir);
        assertClean(r);
        assertEquals(5, r.coder("anna").codings().size());
        try (TurnIndex idx = TurnIndex.open(r)) {
            assertEquals(2, idx.searcher().getIndexReader().numDocs());
        }
    }

    @Test
    void anUnknownDocumentIsNamed() throws Exception {
        Project p = project();
        String before = TestTrees.snapshot(dir);
        assertTrue(assertThrows(ThemaException.class, () -> DocumentEdits.delete(p, "anna", "d9")).getMessage()
                .startsWith("document 'd9' is not in the project"));
        assertEquals(before, TestTrees.snapshot(dir));
    }
}
