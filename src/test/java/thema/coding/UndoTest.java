package thema.coding;

import thema.project.Coding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Project;
import thema.project.TestProjects;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class UndoTest {
    @TempDir
    Path dir;

    @Test
    void undoRedoSurviveARestartAndABatchIsOneStep() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: " + "word ".repeat(200) + "\n", Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 7, "care decisions", "anna", "t")), "one");
        List<Coding> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) batch.add(new Coding("d1", 8 + i * 5, 12 + i * 5, "communication/one-way", "anna", "t"));
        assertEquals(10, Codings.add(p, "anna", batch, "autocode").size());
        Codings.done(p, "anna", List.of("d1"), true);
        assertEquals(11, p.coder("anna").codings().size());

        Project q = Project.open(dir); // a restart
        assertEquals("done", Codings.undo(q, "anna"));
        assertFalse(q.coder("anna").isDone("d1"));
        assertEquals("autocode", Codings.undo(q, "anna"));
        assertEquals(1, Project.open(dir).coder("anna").codings().size());
        assertEquals("autocode", Codings.redo(q, "anna"));
        assertEquals(11, Project.open(dir).coder("anna").codings().size());
        // a new change drops the redo branch
        Codings.remove(q, "anna", "d1", 3, 7, "care decisions");
        assertNull(Codings.redo(q, "anna"));
        assertEquals("uncode care decisions", Codings.undo(q, "anna"));
        assertEquals(11, q.coder("anna").codings().size());
    }

    @Test
    void hundredStepsCanBeUndone() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: " + "word ".repeat(200) + "\n", Map.of());
        for (int i = 0; i < 120; i++) Codings.add(p, "anna", List.of(new Coding("d1", 3 + i * 5, 7 + i * 5, "care decisions", "anna", "t")), "c" + i);
        for (int i = 0; i < 120; i++) assertNotNull(Codings.undo(p, "anna"), "step " + i);
        assertEquals(0, p.coder("anna").codings().size());
        assertNull(Codings.undo(p, "anna"));
    }

    @Test
    void duplicateSegmentsAreSkipped() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: one two\n", Map.of());
        Coding c = new Coding("d1", 3, 6, "care decisions", "anna", "t");
        assertEquals(1, Codings.add(p, "anna", List.of(c, c), "x").size());
        assertEquals(0, Codings.add(p, "anna", List.of(c), "x").size());
    }
}
