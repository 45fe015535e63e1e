package thema.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A kill at any moment leaves the last saved state readable, and two processes lose nothing. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killBetweenTempWriteAndRenameKeepsOldFile() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: one two three\n", Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 6, "care decisions", "anna", "t")), "x");
        Path f = dir.resolve("codings/anna.yaml");
        String before = Files.readString(f);
        // the first half of a save, then the "kill": no rename happens
        Path tmp = AtomicFiles.writeTemp(f, "coder: anna\ncodings: [garbage".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.exists(tmp));
        assertEquals(before, Files.readString(f));
        Project q = Project.open(dir);
        assertEquals(1, q.coder("anna").codings().size());
    }

    @Test
    void journalledTransactionIsFinishedOnOpen() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: one two three\n", Map.of());
        // simulate a crash after the journal was saved but before the renames ran
        Path cb = dir.resolve("codebook.yaml");
        Path anna = dir.resolve("codings/anna.yaml");
        Path t1 = AtomicFiles.writeTemp(cb, "codes:\n  - name: renamed\n".getBytes(StandardCharsets.UTF_8));
        Path t2 = AtomicFiles.writeTemp(anna, "coder: anna\ncodings:\n  - doc: d1\n    start: 3\n    end: 6\n    code: renamed\n".getBytes(StandardCharsets.UTF_8));
        String journal = "renames:\n  - from: " + dir.relativize(t1) + "\n    to: codebook.yaml\n  - from: " + dir.relativize(t2)
                + "\n    to: codings/anna.yaml\ndeletes: []\n";
        AtomicFiles.write(dir.resolve(Transaction.JOURNAL), journal.getBytes(StandardCharsets.UTF_8));
        Project q = Project.open(dir);
        assertEquals(List.of("renamed"), q.codebook().paths());
        assertEquals("renamed", q.coder("anna").codings().get(0).code());
        assertFalse(Files.exists(dir.resolve(Transaction.JOURNAL)));
    }

    /** An append (an undo step) that a crash interrupted after its journal: finished once, a half-written end cut off first. */
    @Test
    void journalledAppendIsFinishedOnceOnOpen() throws Exception {
        TestProjects.create(dir);
        Path log = dir.resolve(".thema/history/anna.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "{\"step\":\"a\"}\n{\"step\":\"b\",\"se"); // the append had begun: a torn end
        Path tmp = AtomicFiles.writeTemp(log, "{\"step\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
        String journal = "renames: []\ndeletes: []\nappends:\n  - from: " + dir.relativize(tmp) + "\n    to: .thema/history/anna.log\n    at: 13\n";
        AtomicFiles.write(dir.resolve(Transaction.JOURNAL), journal.getBytes(StandardCharsets.UTF_8));
        Project.open(dir);
        assertEquals("{\"step\":\"a\"}\n{\"step\":\"b\"}\n", Files.readString(log));
        assertFalse(Files.exists(tmp));
        assertFalse(Files.exists(dir.resolve(Transaction.JOURNAL)));
        Project.open(dir);
        assertEquals("{\"step\":\"a\"}\n{\"step\":\"b\"}\n", Files.readString(log), "finished once");
    }

    /** A child JVM codes in a loop and is killed with SIGKILL; the project must open with every confirmed coding. */
    @Test
    void killedProcessLeavesLastSavedState() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: " + "word ".repeat(2000) + "\n", Map.of());
        Process child = CodingLoop.start(dir, "anna", 100000);
        int confirmed = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                confirmed = Integer.parseInt(line.trim());
                if (confirmed >= 40) break;
            }
            child.destroyForcibly().waitFor();
        }
        assertTrue(confirmed >= 40, "child saved " + confirmed);
        Project q = Project.open(dir);
        int n = q.coder("anna").codings().size();
        assertTrue(n >= confirmed && n <= confirmed + 2, "confirmed " + confirmed + ", found " + n);
    }

    /** Two processes append to the same coder file at once; neither loses the other's work. */
    @Test
    void twoProcessesLoseNothing() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: " + "word ".repeat(2000) + "\n", Map.of());
        Process a = CodingLoop.start(dir, "anna", 30, 0);
        Process b = CodingLoop.start(dir, "anna", 30, 1000);
        assertEquals(0, a.waitFor());
        assertEquals(0, b.waitFor());
        assertEquals(60, Project.open(dir).coder("anna").codings().size());
    }
}
