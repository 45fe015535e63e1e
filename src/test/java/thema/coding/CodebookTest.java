package thema.coding;

import thema.project.Codebook;
import thema.project.Coding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.ThemaException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class CodebookTest {
    @TempDir
    Path dir;

    @Test
    void loosePathsResolveToExactOnes() {
        Codebook cb = TestProjects.careCodebook();
        assertEquals("care decisions/care route", cb.resolve("Care-Decisions/care_route"));
        assertEquals("care decisions/care route", cb.resolve("care route"), "a unique leaf name");
        assertEquals("communication/one-way", cb.resolve("communication/one way"));
        assertThrows(ThemaException.class, () -> cb.resolve("care decisions/nope"));
        assertEquals(List.of("communication"), cb.exclusiveGroups());
        assertEquals("communication/two-way", cb.alternativeIn("communication", "communication/two-way").orElseThrow());
    }

    @Test
    void fileShapeIsReadAndWrittenBack() throws Exception {
        Path f = dir.resolve("cb.yaml");
        Files.writeString(f, """
                codes:
                  - name: care decisions
                    description: Passages about decisions on extra support for a pupil.
                    color: "#1f77b4"
                    children:
                      - name: care route
                        include: steps of the route
                        exclude: general school policy
                        example: "We first talked to the care coordinator."
                  - name: communication
                    exclusive: true
                    children:
                      - name: one-way
                      - name: two-way
                """);
        Codebook cb = Codebook.read(f);
        assertEquals("steps of the route", cb.get("care decisions/care route").include);
        Codebook again = Codebook.parse("again", cb.toYaml());
        assertEquals(cb.paths(), again.paths());
        assertTrue(again.get("communication").exclusive);
        assertEquals("#1f77b4", again.get("care decisions").color);
    }

    @Test
    void exclusiveWithoutChildrenAndDuplicatesAreErrors() {
        String m = assertThrows(ThemaException.class, () -> Codebook.parse("cb.yaml", "codes:\n  - name: x\n    exclusive: true\n".getBytes())).getMessage();
        assertTrue(m.contains("cb.yaml") && m.contains("exclusive but has no children"), m);
        m = assertThrows(ThemaException.class, () -> Codebook.parse("cb.yaml", "codes:\n  - name: x\n  - name: X\n".getBytes())).getMessage();
        assertTrue(m.contains("differ only in case"), m);
    }

    @Test
    void renameAndMoveRewriteEveryCodersCodingsAtomically() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: one two three\n", Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 6, "care decisions/care route", "anna", "t")), "x");
        Codings.add(p, "ben", List.of(new Coding("d1", 7, 10, "care decisions/care route", "ben", "t")), "x");
        assertEquals("care decisions/pathway", CodebookEdits.rename(p, "anna", "care decisions/care route", "pathway"));
        Project q = Project.open(dir);
        assertEquals("care decisions/pathway", q.coder("anna").codings().get(0).code());
        assertEquals("care decisions/pathway", q.coder("ben").codings().get(0).code());
        assertEquals("pathway", CodebookEdits.move(q, "anna", "care decisions/pathway", null));
        q = Project.open(dir);
        assertEquals("pathway", q.coder("ben").codings().get(0).code());
        assertTrue(q.codebook().contains("pathway"));
        // undo brings the code and the codings back
        assertEquals("move care decisions/pathway", Codings.undo(q, "anna"));
        assertEquals("care decisions/pathway", Project.open(dir).coder("ben").codings().get(0).code());
        assertThrows(ThemaException.class, () -> CodebookEdits.move(p, "anna", "care decisions", "care decisions/process"));
    }

    /** A codebook whose codes nest {@code n} deep, in flow style (as a generated or damaged file would). */
    private static String nested(int n) {
        return "codes: " + "[{name: c, children: ".repeat(n) + "[]" + "}]".repeat(n) + "\n";
    }

    @Test
    void codesNestedDeeperThanTheLimitAreOneLineAtAnyDepth() throws Exception {
        TestProjects.create(dir);
        Path file = dir.resolve("codebook.yaml");
        Files.writeString(file, nested(Codebook.MAX_DEPTH));
        CliRun r = CliRun.thema("add-code", dir, String.join("/", java.util.Collections.nCopies(Codebook.MAX_DEPTH, "c")) + "/deeper");
        assertEquals(1, r.rc(), r.out());
        assertTrue(r.err().strip().matches("thema: codebook: codes are nested more than 30 deep \\(under 'c/\\.\\.\\.'\\); flatten the tree"), r.err());
        assertEquals(nested(Codebook.MAX_DEPTH), Files.readString(file), "nothing saved");
        assertEquals(0, CliRun.thema("codebook", dir).rc(), "as deep as allowed is read");
        for (int n : new int[] {Codebook.MAX_DEPTH + 1, 1_000, 100_000}) {
            Files.writeString(file, nested(n));
            long t0 = System.nanoTime();
            r = CliRun.thema("codebook", dir);
            assertEquals(1, r.rc(), n + ": " + r.out());
            String err = r.err().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("thema: " + file + ": "), err);
            assertTrue(err.contains("nested"), err);
            assertFalse(err.matches(".*(java\\.|com\\.fasterxml|Exception|`).*"), err);
            assertTrue(System.nanoTime() - t0 < 10_000_000_000L, n + " deep took over 10 s");
        }
    }
}
