package thema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.TestTrees;

/** Bad input of every kind is one line a researcher understands: no Java in it, nothing half done. */
class BadInputMessagesTest {
    /** Java type names, Jackson's and picocli's internals: what a message must never show. */
    static final Pattern JAVA = Pattern.compile("java\\.|javax\\.|com\\.fasterxml|org\\.yaml|picocli|Exception|Error\\b|`|\\$"
            + "|\\b(int|long|boolean|double|String|ArrayList|JsonToken|Integer)\\b(?! value)|\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+");

    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void project() throws IOException {
        dir = tmp.resolve("study");
        TestProjects.copyExample("care-study", dir);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void manyBadInputsGiveMessagesWithoutJavaNames() throws IOException {
        Path bin = Files.write(tmp.resolve("bin.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0});
        Path noHeader = write("rows.csv", "anna,t01,care decisions,2\n");
        Path badNumber = write("n.csv", "coder,code,doc,start,end\nanna,care decisions,t01,x,9\n");
        List<Object[]> commands = List.of(
                new Object[] {"search", dir, "x", "--limit", "abc"},
                new Object[] {"search", dir, "x", "--limit", "99999999999"},
                new Object[] {"words", dir, "--top", "1.5"},
                new Object[] {"code", dir, "--coder", "anna", "--doc", "t01", "--turn", "two", "--code", "process"},
                new Object[] {"code", dir, "--coder", "anna", "--doc", "t01", "--start", "1", "--end", "1e3", "--code", "process"},
                new Object[] {"code", dir, "--batch", bin},
                new Object[] {"code", dir, "--batch", noHeader},
                new Object[] {"code", dir, "--batch", badNumber},
                new Object[] {"search", dir, "\"parents school\"~-1"},
                new Object[] {"search", dir, "a:b:c"},
                new Object[] {"search", dir, "care~3.5"},
                new Object[] {"search", dir, "interviewed:[a TO"},
                new Object[] {"import", dir, tmp.resolve("none.txt")},
                new Object[] {"import", dir, bin},
                new Object[] {"import", dir, write("x.txt", "I: hi\n"), "--encoding", "no-such-8"},
                new Object[] {"counts", dir, "--format", "xml"});
        List<String> yamlEdits = List.of(
                "codes: 5", "codes:\n  - name: [a]", "codes:\n  - name: a\n    exclusive: maybe", "codes:\n  - name: a\n    children: 3",
                "codes: {a: 1}", "- a\n- b", "codes: [", "codes:\n\t- name: a", "? [a]\n: b", "codes: !!binary AAAA",
                "codes:\n  - name: a\n    exclusive: 1.5", "codes: []\n---\ncodes: []", "codes:\n  - name: a\n    exclusive:",
                "codes:\n  - name: a\n    description: {x: 1}", "codes:\n  - 5", "codes: \"");
        String before = TestTrees.snapshot(dir);
        List<String> seen = new ArrayList<>();
        for (Object[] c : commands) {
            CliRun r = thema(c);
            assertTrue(r.rc() == 1 || r.rc() == 2, String.join(" ", Stream.of(c).map(String::valueOf).toList()) + " exit " + r.rc());
            seen.add(r.err().lines().findFirst().orElse(""));
        }
        assertEquals(before, TestTrees.snapshot(dir), "nothing changed by a refused command");
        Path codebook = dir.resolve("codebook.yaml");
        for (String y : yamlEdits) {
            Files.writeString(codebook, y);
            CliRun r = thema("codebook", dir);
            assertEquals(1, r.rc(), y);
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(codebook.toString()), r.err());
            seen.add(r.err().strip());
        }
        for (String line : seen) {
            assertFalse(line.isBlank(), "a message: " + seen);
            assertFalse(JAVA.matcher(line).find(), line);
        }
    }

    @Test
    void aBinaryOrHeaderlessBatchIsRefusedNotAddedAsZeroCodings() throws IOException {
        byte[] xlsx = new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, '\n', 'x', ',', 'y', '\n'};
        Path bin = Files.write(tmp.resolve("codings.csv"), xlsx);
        String before = TestTrees.snapshot(dir);
        CliRun r = thema("code", dir, "--batch", bin);
        assertEquals(1, r.rc(), r.out());
        assertEquals("thema: " + bin + ": looks like a binary file, not a CSV file (export the sheet as CSV)", r.err().strip());
        Path other = write("other.csv", "name,age\nanna,3\n");
        r = thema("code", dir, "--batch", other);
        assertEquals(1, r.rc(), r.out());
        assertTrue(r.err().contains("the first line is not a header coder,code,doc,turn or coder,code,doc,start,end (it has name,age)"), r.err());
        assertEquals(before, TestTrees.snapshot(dir));
        // a header with no rows is a batch of nothing, as before
        r = thema("code", dir, "--batch", write("empty.csv", "coder,code,doc,turn\n"));
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().startsWith("Added 0 codings"), r.out());
    }

    @Test
    void aDamagedSrtBlockIsKeptWithAWarningNamingItsLine() throws IOException {
        Path srt = write("talk.srt", "1\n00:00:01,000 --> 00:00:02,000\nInterviewer: How did it start?\n\n"
                + "2\n00:00:03,000 -> 00:00:09,000\nRespondent: With a letter from school.\n\n"
                + "3\n00:00:10,000 --> 00:00:12,000\nInterviewer: And then?\n\n"
                + "4\n00:00:13,000 --> 00:xx:15,000\nRespondent: A meeting.\n");
        CliRun r = thema("import", dir, srt);
        assertEquals(0, r.rc(), r.err());
        List<String> warnings = r.err().lines().toList();
        assertEquals(List.of("thema: warning: talk.srt: line 5: a block without a 'start --> end' line; its text is kept with the cue before",
                "thema: warning: talk.srt: line 14: cue times '00:00:13,000 --> 00:xx:15,000' cannot be read; its text is kept without times"), warnings);
        String text = Project.open(dir).document("talk").text().string();
        assertTrue(text.contains("With a letter from school."), text);
        assertTrue(text.contains("A meeting."), text);
        assertFalse(text.contains("->"), "the broken timing line is not text: " + text);
    }

    @Test
    void aSymlinkedThemaFolderIsRefusedSoWritesStayInTheProject() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Path derived = dir.resolve(Project.DERIVED);
        TestTrees.delete(derived);
        Files.createSymbolicLink(derived, outside);
        String before = TestTrees.snapshot(dir);
        CliRun r = thema("code", dir, "--coder", "anna", "--doc", "t01", "--turn", "2", "--code", "process");
        assertEquals(1, r.rc(), r.out());
        assertEquals("thema: " + derived + ": is a symbolic link; thema's lock and journal must stay inside the project"
                + " (remove the link; thema makes the folder again)", r.err().strip());
        assertEquals(before, TestTrees.snapshot(dir));
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(0, s.count(), "nothing written outside the project");
        }
    }

    @Test
    void aDocxWithABadByteIsOneLineAndNothingOnTheTerminalBesides() throws IOException {
        Path docx = tmp.resolve("bad.docx");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            z.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>gro\u00df</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.ISO_8859_1));
        }
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream leaked = new java.io.ByteArrayOutputStream();
        CliRun r;
        System.setErr(new java.io.PrintStream(leaked, true, StandardCharsets.UTF_8));
        try {
            r = thema("import", dir, docx);
        } finally {
            System.setErr(stderr);
        }
        assertEquals(1, r.rc(), r.out());
        assertEquals("thema: bad.docx: damaged word/document.xml (not valid UTF-8)", r.err().strip());
        assertEquals("", leaked.toString(StandardCharsets.UTF_8), "the XML parser printed to the terminal");
    }
}
