package thema.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.TestTrees;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static thema.cli.CliRun.thema;

/** merge-code, delete-code and delete-document: the one-line result, the one-line refusal, undo, and a clean check. */
class HousekeepingCommandsTest {
    static final String ROUTE = "care decisions/care route", PROCESS = "care decisions/process";

    @TempDir
    Path dir;

    private void project() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: one two three four five six\n", Map.of());
        TestProjects.addDocument(p, "d2", "A: seven eight nine\n", Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 6, ROUTE, "anna", "t"), new Coding("d1", 3, 6, PROCESS, "anna", "t"),
                new Coding("d1", 7, 10, ROUTE, "anna", "t"), new Coding("d2", 3, 8, PROCESS, "anna", "t")), "coding");
        Codings.add(p, "ben", List.of(new Coding("d1", 3, 6, ROUTE, "ben", "t")), "coding");
    }

    private void assertChecks() {
        CliRun check = thema("check", dir);
        assertEquals(0, check.rc(), check.out() + check.err());
    }

    @Test
    void mergeSaysWhatFollowedAndUndoTakesItBack() throws Exception {
        project();
        String before = TestTrees.snapshot(dir);
        CliRun r = thema("merge-code", dir, "care route", "--into", "process", "--coder", "anna");
        assertEquals(0, r.rc(), r.err());
        assertEquals("Merged " + ROUTE + " into " + PROCESS + ": 3 codings of 2 coders follow (1 duplicate dropped)", r.out().strip());
        assertChecks();
        assertEquals(0, thema("undo", dir, "--coder", "anna").rc());
        assertEquals(before, TestTrees.snapshot(dir));
    }

    @Test
    void deleteCodeIsRefusedWhileUsedAndDeletesWithItsCodings() throws Exception {
        project();
        String before = TestTrees.snapshot(dir);
        CliRun refused = thema("delete-code", dir, "care route", "--coder", "anna");
        assertEquals(1, refused.rc());
        assertEquals("thema: '" + ROUTE + "' has 3 codings by 2 coders; delete them too with --with-codings", refused.err().strip());
        assertEquals(before, TestTrees.snapshot(dir));
        CliRun r = thema("delete-code", dir, "care route", "--with-codings", "--coder", "anna");
        assertEquals(0, r.rc(), r.err());
        assertEquals("Deleted code " + ROUTE + " with 3 codings of 2 coders", r.out().strip());
        assertChecks();
        assertEquals(0, thema("undo", dir, "--coder", "anna").rc());
        assertEquals(before, TestTrees.snapshot(dir));
        CliRun unused = thema("delete-code", dir, "two-way", "--coder", "anna");
        assertEquals("Deleted code communication/two-way", unused.out().strip());
    }

    @Test
    void deleteDocumentSaysWhatWentAndUndoBringsItBack() throws Exception {
        project();
        String before = TestTrees.snapshot(dir);
        CliRun r = thema("delete-document", dir, "d1", "--coder", "anna");
        assertEquals(0, r.rc(), r.err());
        assertEquals("Deleted document d1 with 4 codings of 2 coders", r.out().strip());
        assertChecks();
        assertFalse(thema("docs", dir).out().contains("d1"));
        assertEquals(0, thema("undo", dir, "--coder", "anna").rc());
        assertEquals(before, TestTrees.snapshot(dir));
        assertChecks();
    }

    @Test
    void badPathsAndIdsAreOneLineErrorsThatChangeNothing() throws Exception {
        project();
        String before = TestTrees.snapshot(dir);
        for (Object[] args : List.of(
                new Object[]{"merge-code", dir, "nowhere", "--into", "process"},
                new Object[]{"merge-code", dir, "care route", "--into", "nowhere"},
                new Object[]{"merge-code", dir, "care decisions", "--into", "process"},
                new Object[]{"delete-code", dir, "nowhere"},
                new Object[]{"delete-document", dir, "d9"})) {
            CliRun r = thema(args);
            assertEquals(1, r.rc(), List.of(args).toString());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("nowhere") || r.err().contains("d9") || r.err().contains("its own subcode"), r.err());
        }
        assertEquals(before, TestTrees.snapshot(dir));
        for (String c : List.of("merge-code", "delete-code", "delete-document")) {
            CliRun help = thema(c, "--help");
            assertEquals(0, help.rc());
            assertTrue(help.out().contains("--coder"), help.out());
        }
        assertEquals(2, thema("merge-code", dir, "care route").rc(), "--into is required");
    }
}
