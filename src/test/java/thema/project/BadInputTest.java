package thema.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class BadInputTest {
    @TempDir
    Path dir;

    private Project project() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "Q: hello there\n\nA: fine thanks\n", Map.of());
        return p;
    }

    private static String error(Runnable r) {
        ThemaException e = assertThrows(ThemaException.class, r::run);
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void malformedCodebookNamesFileAndLine() throws Exception {
        project();
        Files.writeString(dir.resolve("codebook.yaml"), "codes:\n  - name: a\n    children: [\n");
        String m = error(() -> Project.open(dir));
        assertTrue(m.startsWith(dir.resolve("codebook.yaml").toString()), m);
        assertTrue(m.contains("line"), m);
    }

    @Test
    void unknownCodebookKeyIsNamedWithItsLine() throws Exception {
        project();
        Files.writeString(dir.resolve("codebook.yaml"), "codes:\n  - name: a\n    colour: red\n");
        String m = error(() -> Project.open(dir));
        assertTrue(m.contains("unknown key 'colour'") && m.contains("line 3"), m);
    }

    @Test
    void offsetOutsideDocument() throws Exception {
        Project p = project();
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 8, "care decisions", "anna", "t")), "x");
        Path f = dir.resolve("codings/anna.yaml");
        Files.writeString(f, Files.readString(f).replace("end: 8", "end: 800"));
        String m = error(() -> Project.open(dir));
        assertTrue(m.contains("anna.yaml") && m.contains("outside the document"), m);
    }

    @Test
    void offsetOutsideDocumentIsRefusedNotClamped() {
        Project p = project();
        String m = error(() -> Codings.add(p, "anna", List.of(new Coding("d1", 3, 800, "care decisions", "anna", "t")), "x"));
        assertTrue(m.contains("outside document 'd1'"), m);
        assertEquals(0, Project.open(dir).coder("anna").codings().size());
    }

    @Test
    void codePathMissingFromCodebook() throws Exception {
        Project p = project();
        String m = error(() -> Codings.add(p, "anna", List.of(new Coding("d1", 3, 8, "care decisions/nonsense", "anna", "t")), "x"));
        assertTrue(m.contains("'care decisions/nonsense' is not in the codebook"), m);
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 8, "care decisions", "anna", "t")), "x");
        Path f = dir.resolve("codings/anna.yaml");
        Files.writeString(f, Files.readString(f).replace("code: care decisions", "code: gone"));
        m = error(() -> Project.open(dir));
        assertTrue(m.contains("anna.yaml") && m.contains("'gone' is not in the codebook"), m);
    }

    @Test
    void editedTranscriptFailsItsChecksum() throws Exception {
        project();
        Files.writeString(dir.resolve("documents/d1.txt"), "Q: hello there!\n\nA: fine thanks\n");
        // opening reads every transcript's checksum (or its file stamp, when it was verified unchanged)
        String m = error(() -> Project.open(dir));
        assertTrue(m.contains("d1.txt") && m.contains("SHA-256"), m);
    }

    @Test
    void missingDocument() {
        Project p = project();
        String m = error(() -> p.document("nope"));
        assertTrue(m.contains("'nope' is not in the project"), m);
        m = error(() -> Codings.add(p, "anna", List.of(new Coding("nope", 0, 1, "care decisions", "anna", "t")), "x"));
        assertTrue(m.contains("'nope'"), m);
    }

    @Test
    void notAProject() {
        String m = error(() -> Project.open(dir));
        assertTrue(m.contains("not a thema project"), m);
    }

    @Test
    void turnOutsideDocument() {
        Project p = project();
        String m = error(() -> Codings.turnSpan(p.document("d1"), 3));
        assertTrue(m.contains("turns 1..2, not 3"), m);
    }

    @Test
    void badCoderName() {
        Project p = project();
        String m = error(() -> Codings.add(p, "../evil", List.of(new Coding("d1", 3, 8, "care decisions", "x", "t")), "x"));
        assertTrue(m.contains("coder '../evil'"), m);
    }
}
