package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.ProjectCheck.Finding;
import thema.project.ProjectCheck.Severity;
import thema.project.ProjectCheck.Topic;

/** {@link Project#check} returns every finding with its file and severity, and what the project holds. */
class ProjectCheckTest {
    @TempDir
    Path dir;

    static final String TEXT = "Teacher: We decide 😀 together.\n\nParent: Yes.";

    @Test
    void aCleanProjectHasNoFindingsAndItsCounts() {
        TestProjects.addDocument(TestProjects.create(dir), "t1", TEXT, Map.of());
        ProjectCheck c = Project.open(dir).check();
        assertTrue(c.ok());
        assertEquals(List.of(), c.findings());
        // characters are code points; the care codebook has 6 codes
        assertEquals(List.of(1, (long) TEXT.codePointCount(0, TEXT.length()), 6, 0, 0), List.of(c.documents(), c.characters(), c.codes(), c.coders(), c.codings()));
    }

    @Test
    void everyProblemIsAFindingWithItsFileAndSeverity() throws Exception {
        TestProjects.addDocument(TestProjects.create(dir), "t1", TEXT, Map.of());
        // two alternatives of the exclusive 'communication' on the same text, as a hand edit leaves them
        Files.writeString(dir.resolve("codings/anna.yaml"), "coder: anna\ncodings:\n"
                + "  - doc: t1\n    start: 0\n    end: 10\n    code: communication/one-way\n"
                + "  - doc: t1\n    start: 5\n    end: 12\n    code: communication/two-way\n");
        Files.writeString(dir.resolve("codings/Anna.yaml"), "coder: Anna\ncodings: []\n");
        Files.writeString(dir.resolve("themes.yaml"), "themes:\n  - name: Deciding\n    codes: [nothing]\n");
        Files.createDirectories(dir.resolve("memos"));
        Files.writeString(dir.resolve("memos/ben.yaml"), "coder: ben\nmemos:\n  - doc: t9\n    text: x\n");
        Files.createDirectories(dir.resolve(".thema/history"));
        Files.writeString(dir.resolve(".thema/history/anna.log"), "not a line of the log\n");
        ProjectCheck c = Project.open(dir).check();
        assertFalse(c.ok());
        List<Finding> files = c.about(Topic.FILE, Severity.ERROR);
        assertEquals(List.of(dir.resolve("themes.yaml").toString(), dir.resolve("memos/ben.yaml").toString()), files.stream().map(Finding::file).toList());
        assertEquals("theme 'Deciding' names code 'nothing', which is not in the codebook", files.get(0).problem());
        assertEquals("memo on document 't9', which is not in the project", files.get(1).problem());
        List<Finding> clashes = c.about(Topic.EXCLUSIVE_GROUP, Severity.ERROR);
        assertEquals(1, clashes.size(), clashes.toString());
        assertEquals(dir.resolve("codings/anna.yaml").toString(), clashes.get(0).file());
        assertTrue(clashes.get(0).problem().contains("their group 'communication' is exclusive"), clashes.get(0).problem());
        assertEquals("coders 'Anna' and 'anna' differ only in case: one coder under two names?", c.about(Topic.CODER_NAMES, Severity.ERROR).get(0).describe());
        List<Finding> notes = c.about(Topic.FILE, Severity.NOTE);
        assertEquals(1, notes.size(), notes.toString());
        assertEquals(dir.resolve(".thema/history/anna.log").toString(), notes.get(0).file());
        assertTrue(notes.get(0).problem().endsWith("(derived data: started afresh)"), notes.get(0).problem());
    }
}
