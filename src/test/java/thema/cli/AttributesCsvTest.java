package thema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;
import static thema.cli.CommandLineTest.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Project;
import thema.project.TestProjects;

/** Attribute CSVs: a row is applied only as a whole, with exactly the header's fields, for a document of the project. */
class AttributesCsvTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void project() {
        dir = tmp.resolve("study");
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "s01", "Interviewer: How?\n\nTeacher: I call.\n", Map.of("schooltype", "regular", "experience", "5-10"));
        TestProjects.addDocument(p, "s02", "Interviewer: How?\n\nTeacher: I write.\n", Map.of("schooltype", "special"));
    }

    private Path csv(String text) throws IOException {
        Path f = tmp.resolve("attrs.csv");
        Files.writeString(f, text);
        return f;
    }

    private Map<String, String> attributes(String doc) {
        return Project.open(dir).document(doc).attributes();
    }

    private void refused(Path f, String message, String... more) throws IOException {
        String s01 = Files.readString(dir.resolve("documents/s01.yaml")), s02 = Files.readString(dir.resolve("documents/s02.yaml"));
        Object[] args = new Object[4 + more.length];
        args[0] = "attributes";
        args[1] = dir;
        args[2] = "--csv";
        args[3] = f;
        System.arraycopy(more, 0, args, 4, more.length);
        CliRun r = thema(args);
        assertEquals(1, r.rc(), r.out() + r.err());
        assertEquals("thema: " + f + ": " + message, r.err().strip());
        assertEquals(s01, Files.readString(dir.resolve("documents/s01.yaml")), "nothing changed");
        assertEquals(s02, Files.readString(dir.resolve("documents/s02.yaml")), "nothing changed");
    }

    @Test
    void aShortRowIsRefusedInsteadOfErasingValues() throws IOException {
        refused(csv("id,schooltype,experience\ns02,special,0-5\ns01,priority\n"), "row 3 has 2 fields, the header has 3 (nothing was changed)");
        assertEquals("5-10", attributes("s01").get("experience"));
    }

    @Test
    void anExtraFieldIsRefusedInsteadOfDropped() throws IOException {
        refused(csv("id,schooltype\ns01,priority,10+\n"), "row 2 has 3 fields, the header has 2 (nothing was changed)");
    }

    @Test
    void aRowForAnotherDocumentIsRefusedUnlessSkipped() throws IOException {
        Path f = csv("id,schooltype\ns01,priority\np07,regular\np08,special\n");
        refused(f, "row 3: document 'p07' is not in the project (--skip-unknown skips such rows)");
        CliRun r = ok("attributes", dir, "--csv", f, "--skip-unknown");
        assertTrue(r.out().contains("Set 1 attribute values on 1 documents"), r.out());
        assertTrue(r.out().contains("Skipped 2 rows for documents not in the project: p07, p08"), r.out());
        assertEquals("priority", attributes("s01").get("schooltype"));
        assertEquals("5-10", attributes("s01").get("experience"), "a column the sheet does not have stays");
    }

    @Test
    void anEmptyCellStillRemovesAndQuotedFieldsCount() throws IOException {
        ok("attributes", dir, "--csv", csv("id,schooltype,experience\ns01,\"regular, large\",\n"));
        assertEquals("regular, large", attributes("s01").get("schooltype"));
        assertTrue(!attributes("s01").containsKey("experience"), "an empty cell removes the attribute");
        refused(csv("id,schooltype,schooltype\ns01,a,b\n"), "header: column 'schooltype' appears twice");
        refused(csv("id,schooltype\ns01,a\ns01,b\n"), "row 3: document 's01' is in row 2 too");
    }
}
