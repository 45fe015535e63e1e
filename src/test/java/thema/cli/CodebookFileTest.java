package thema.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CommandLineTest.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Project;
import thema.project.TestTrees;

/** The researcher's codebook file is theirs: init keeps it as written, tool edits write the plain documented shape. */
class CodebookFileTest {
    @TempDir
    Path tmp;

    static final String LONG = "Passages about a decision on extra support or care for a pupil, from noticing a need to carrying out the plan,"
            + " written as one long line the way a researcher types it in an editor without a margin.";

    @Test
    void initKeepsTheFileByteForByte() throws IOException {
        Path source = Path.of("codebooks", "care-decisions.yaml");
        Path dir = tmp.resolve("study");
        ok("init", dir, "--codebook", source);
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(dir.resolve("codebook.yaml")),
                "comments, key order and long lines stay as the researcher wrote them");
        assertEquals(Project.open(dir).codebook().paths().size(), 12);
    }

    @Test
    void otherFilesThemaWritesHoldNoDefaultValuedKeys() throws IOException {
        Path dir = tmp.resolve("study");
        ok("init", dir, "--codebook", Path.of("codebooks", "care-decisions.yaml"));
        Path t = tmp.resolve("t1.txt");
        Files.writeString(t, "Interviewer: How?\n\nTeacher: I call the parents.\n");
        ok("import", dir, t);
        ok("code", dir, "--coder", "anna", "--code", "process", "--doc", "t1", "--turn", 2);
        String doc = Files.readString(dir.resolve("documents/t1.yaml")), codings = Files.readString(dir.resolve("codings/anna.yaml"));
        assertFalse(doc.contains("attributes: {}"), doc);
        assertFalse(codings.contains("done: []"), codings);
        ok("done", dir, "--coder", "anna", "--doc", "t1");
        assertTrue(Files.readString(dir.resolve("codings/anna.yaml")).contains("done:\n  - t1"));
        ok("check", dir);
    }

    @Test
    void toolEditsWriteNoDefaultKeysAndFoldNoLines() throws IOException {
        Path cb = tmp.resolve("cb.yaml");
        Files.writeString(cb, "# my codebook\ncodes:\n  - name: care\n    description: " + LONG + "\n    children:\n      - name: route\n"
                + "  - name: communication\n    exclusive: true\n    children:\n      - name: one-way\n      - name: two-way\n");
        Path dir = tmp.resolve("study");
        ok("init", dir, "--codebook", cb);
        ok("add-code", dir, "care/timing", "--description", LONG, "--coder", "anna");
        ok("rename-code", dir, "care/route", "care route", "--coder", "anna");
        ok("move-code", dir, "care/timing", "--coder", "anna");
        String yaml = Files.readString(dir.resolve("codebook.yaml"));
        assertFalse(yaml.contains("exclusive: false"), yaml);
        assertTrue(yaml.contains("exclusive: true"), yaml);
        assertEquals(2, yaml.lines().filter(l -> l.contains(LONG)).count(), "each long description on one line: " + yaml);
        ok("memo", dir, "--coder", "anna", "--code", "care", "--text", LONG);
        assertTrue(Files.readString(dir.resolve("memos/anna.yaml")).lines().anyMatch(l -> l.contains(LONG)));
        // no file thema wrote folds a line with a trailing backslash or continues a plain scalar on the next line
        for (Path f : TestTrees.files(dir).stream().filter(p -> p.toString().endsWith(".yaml")).toList()) {
            String text = Files.readString(f);
            assertFalse(text.contains("\\\n"), f + ":\n" + text);
            assertFalse(text.contains(LONG.substring(0, 60)) && !text.contains(LONG), f + " folds a long line:\n" + text);
        }
    }
}
