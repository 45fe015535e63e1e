package thema.coding;

import thema.project.Coding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.ThemaException;

/**
 * Issue 17.9: the undo history was read and rewritten whole by every save (38 MB after a big
 * batch). It is a log now: a save appends its step, compaction rewrites it now and then.
 */
class HistoryLogTest {
    @TempDir
    Path dir;

    private Project project() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: " + "word ".repeat(4000) + "\n", Map.of());
        return p;
    }

    private static Coding at(int s) {
        return new Coding("d1", s, s + 4, "care decisions", "anna", "2026-01-01T00:00:00Z");
    }

    private byte[] log() throws Exception {
        return Files.readAllBytes(dir.resolve(History.relativePath("anna")));
    }

    @Test
    void aSaveAppendsItsStepAndLeavesTheRestOfTheHistoryAsItWas() throws Exception {
        Project p = project();
        Codings.add(p, "anna", List.of(at(3), at(8)), "first");
        byte[] before = log();
        Codings.add(p, "anna", List.of(at(13)), "second");
        byte[] after = log();
        assertTrue(after.length > before.length);
        assertTrue(Arrays.equals(before, Arrays.copyOf(after, before.length)), "the earlier bytes are untouched");
        String added = new String(after, before.length, after.length - before.length, StandardCharsets.UTF_8);
        assertEquals(1, added.split("\n").length, added);
        assertTrue(added.contains("\"label\":\"second\""), added);
        assertEquals("second", Codings.undo(p, "anna"));
        assertEquals("first", Codings.undo(p, "anna"));
        assertEquals(0, p.coder("anna").codings().size());
    }

    @Test
    void aLineCutShortByACrashIsIgnored() throws Exception {
        Project p = project();
        Codings.add(p, "anna", List.of(at(3)), "first");
        Codings.add(p, "anna", List.of(at(8)), "second");
        Files.write(dir.resolve(History.relativePath("anna")), "{\"step\":\"ab\",\"session\":\"x\",\"lab".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        Project q = Project.open(dir);
        assertEquals("second", Codings.undo(q, "anna"));
        Codings.add(q, "anna", List.of(at(13)), "third");
        assertEquals("third", Codings.undo(q, "anna"), "the step after the cut line is read");
        assertEquals("first", Codings.undo(q, "anna"));
        assertEquals(null, Codings.undo(q, "anna"));
    }

    @Test
    void aLongLogIsCompactedAndKeepsItsSteps() throws Exception {
        Project p = project();
        List<Coding> batch = new ArrayList<>();
        for (int i = 0; i < 3990; i++) batch.add(at(3 + i * 5));
        for (int i = 0; i < 3990; i++) batch.add(at(3 + i * 5).withCode("care decisions/process"));
        for (int i = 0; i < 3990; i++) batch.add(at(3 + i * 5).withCode("communication/one-way"));
        Codings.add(p, "anna", batch, "batch");
        long big = log().length;
        assertTrue(big > History.COMPACT_FROM, "the batch alone passes the threshold: " + big);
        Codings.add(p, "anna", List.of(at(4)), "one more");
        String first = new String(log(), 0, 40, StandardCharsets.UTF_8);
        assertTrue(first.startsWith("{\"compacted\":"), first);
        long compacted = log().length;
        Codings.add(p, "anna", List.of(at(5)), "and another");
        assertTrue(log().length - compacted < 1000, "appended again after compaction");
        assertEquals("and another", Codings.undo(p, "anna"));
        assertEquals("one more", Codings.undo(p, "anna"));
        assertEquals("batch", Codings.undo(p, "anna"));
        assertEquals(0, p.coder("anna").codings().size());
        assertEquals("batch", Codings.redo(p, "anna"));
        assertEquals(3 * 3990, p.coder("anna").codings().size());
    }

    @Test
    void theHistoryOfAnEarlierVersionIsReadOnceAndReplaced() throws Exception {
        Project p = project();
        Codings.add(p, "anna", List.of(at(3)), "x");
        Files.delete(dir.resolve(History.relativePath("anna")));
        Path old = dir.resolve(".thema/history/anna.yaml");
        Files.writeString(old, """
                position: 1
                steps:
                  - label: code care decisions
                    time: 2026-01-01T00:00:00Z
                    changes:
                      - op: add
                        coding:
                          doc: d1
                          start: 3
                          end: 7
                          code: care decisions
                          author: anna
                          time: 2026-01-01T00:00:00Z
                """);
        Project q = Project.open(dir);
        assertEquals("code care decisions", Codings.undo(q, "anna"));
        assertEquals(0, q.coder("anna").codings().size());
        assertFalse(Files.exists(old));
        assertEquals("code care decisions", Codings.redo(q, "anna"));
        assertEquals(1, q.coder("anna").codings().size());
    }

    /** Issue 17.8 on the command line: each command is a process of its own, so thema undo takes back the coder's last step, whoever saved it. */
    @Test
    void theCommandLineUndoesTheCodersLastStepWhoeverSavedIt() throws Exception {
        Project workbench = project();
        Codings.add(workbench, "anna", List.of(at(3)), "in the workbench");
        CliRun r = thema("code", dir, "--coder", "anna", "--code", "process", "--doc", "d1", "--start", 8, "--end", 12);
        assertEquals(0, r.rc(), r.err());
        History.Step last = History.load(Project.open(dir), "anna").toUndo();
        assertEquals("code process", last.label());
        assertEquals("thema code", last.origin());
        assertFalse(last.madeBy(workbench));
        // the workbench's undo of what it saw is refused once another step came on top
        History.Step seen = History.load(workbench, "anna").toUndo();
        Codings.add(Project.open(dir), "anna", List.of(at(13)), "a script");
        ThemaException e = org.junit.jupiter.api.Assertions.assertThrows(ThemaException.class, () -> Codings.undo(workbench, "anna", seen));
        assertTrue(e.getMessage().contains("changed meanwhile"), e.getMessage());
        assertEquals(3, Project.open(dir).coder("anna").codings().size());
        r = thema("undo", dir, "--coder", "anna");
        assertEquals("Undone: a script\n", r.out());
        r = thema("undo", dir, "--coder", "anna");
        assertEquals("Undone: code process\n", r.out());
        assertEquals(List.of(3), Project.open(dir).coder("anna").codings().stream().map(Coding::start).toList());
    }
}
