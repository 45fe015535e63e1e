package thema.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ProjectRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void writeReadCompare() throws Exception {
        Project p = TestProjects.create(dir);
        String text = "Interviewer: How do you inform parents?\n\nTeacher: I call Zoë’s mother 👍 first, then we meet.\n";
        TestProjects.addDocument(p, "t01", text, Map.of("schooltype", "regular"));
        Document d = p.document("t01");
        int[] span = Codings.turnSpan(d, 2);
        Codings.add(p, "anna", List.of(new Coding("t01", span[0], span[1], "care-decisions/care-route", "first call", null, "anna", "2026-01-01T00:00:00Z")), "code");
        Codings.done(p, "anna", List.of("t01"), true);

        Project q = Project.open(dir);
        assertEquals("en", q.language());
        assertEquals(List.of("care decisions", "care decisions/care route", "care decisions/process", "communication",
                "communication/one-way", "communication/two-way"), q.codebook().paths());
        Document d2 = q.document("t01");
        assertEquals(text, d2.text().string());
        assertEquals(d.turns(), d2.turns());
        assertEquals(Map.of("schooltype", "regular"), d2.attributes());
        CoderFile anna = q.coder("anna");
        assertEquals(List.of("t01"), anna.done());
        assertEquals(1, anna.codings().size());
        Coding c = anna.codings().get(0);
        assertEquals("care decisions/care route", c.code(), "a loose path is stored as the exact path");
        assertEquals("first call", c.memo());
        Codings.replace(q, "anna", c, c.withKey(true), "key");
        assertTrue(Project.open(dir).coder("anna").codings().get(0).keyQuote(), "a key quote mark is saved and read back");
        // code point offsets: the coded text is the turn's words, emoji included
        assertEquals("I call Zoë’s mother 👍 first, then we meet.", d2.text().substring(c.start(), c.end()));
        // the same offsets index the text as Python would (code points)
        int[] cps = text.codePoints().toArray();
        assertEquals("I call Zoë’s mother 👍 first, then we meet.", new String(cps, c.start(), c.end() - c.start()));
        // the files are plain YAML a person can read
        String yaml = Files.readString(dir.resolve("codings/anna.yaml"));
        assertTrue(yaml.contains("code: care decisions/care route"), yaml);
        assertTrue(Files.readString(dir.resolve(".gitignore")).contains(".thema/"));
    }

    @Test
    void anotherInstanceSeesChangesBeforeItWrites() {
        Project a = TestProjects.create(dir);
        TestProjects.addDocument(a, "d1", "A: one\n\nB: two\n", Map.of());
        Project b = Project.open(dir);
        Codings.add(a, "anna", List.of(new Coding("d1", 3, 6, "care decisions", "anna", Coding.now())), "x");
        // b has not reloaded yet, but its write reloads first: anna's coding must survive
        Codings.add(b, "anna", List.of(new Coding("d1", 11, 14, "communication/one-way", "anna", Coding.now())), "y");
        assertEquals(2, Project.open(dir).coder("anna").codings().size());
    }
}
