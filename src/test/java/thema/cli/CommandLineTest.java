package thema.cli;

import static thema.cli.CliRun.thema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import thema.project.Json;
import thema.project.Project;
import thema.project.TestTrees;

/** The command line as scripts use it: the contract, exit codes, and nothing changed by a failure. */
class CommandLineTest {
    @TempDir
    Path tmp;
    Path dir;



    static CliRun ok(Object... args) {
        CliRun r = thema(args);
        assertEquals(0, r.rc(), String.join(" ", Stream.of(args).map(String::valueOf).toList()) + ": " + r.err());
        return r;
    }

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @BeforeEach
    void project() throws IOException {
        dir = tmp.resolve("study");
        Path codebook = write("codebook.yaml", """
                codes:
                  - name: care decisions
                    description: Decisions on extra support for a pupil.
                    children:
                      - name: care route
                      - name: process
                  - name: communication
                    exclusive: true
                    children:
                      - name: one-way
                      - name: two-way
                """);
        ok("init", dir, "--language", "nl", "--codebook", codebook);
        ok("import", dir, write("s01.txt", "Interviewer: Hoe gaat het?\n\nLeerkracht: Ik bel de ouders.\n\nInterviewer: En dan?\n\nLeerkracht: Dan vraag ik wat zij willen.\n"),
                write("s02.txt", "Interviewer: Vertel.\n\nLeerkracht: Ik stuur een brief.\n"));
        ok("attributes", dir, "--csv", write("attrs.csv", "id,schooltype\ns01,regular\ns02,special\n"));
    }

    @Test
    void aWholeSessionThroughTheContract() throws IOException {
        JsonNode docs = Json.MAPPER.readTree(ok("docs", dir, "--format", "json").out());
        assertEquals(2, docs.size());
        assertEquals("s01", docs.get(0).get("id").asText());
        assertEquals(4, docs.get(0).get("turns").asInt());
        assertEquals("Interviewer", docs.get(0).get("speakers").get(0).asText());
        assertEquals("special", docs.get(1).get("attributes").get("schooltype").asText());

        ok("code", dir, "--coder", "anna", "--code", "care decisions/care route", "--doc", "s01", "--turn", 2);
        ok("code", dir, "--coder", "anna", "--code", "two-way", "--doc", "s01", "--turn", 4, "--memo", "asks wishes");
        ok("code", dir, "--batch", write("b.csv", "coder,code,doc,turn\nben,care decisions/process,s01,2\nben,communication/one-way,s02,2\n"));
        ok("done", dir, "--coder", "anna", "--doc", "s01", "--doc", "s02");

        Project p = Project.open(dir);
        assertEquals("communication/two-way", p.coder("anna").codings().get(1).code(), "a unique leaf name resolves to its path");
        assertEquals("Dan vraag ik wat zij willen.", p.document("s01").text().substring(
                p.coder("anna").codings().get(1).start(), p.coder("anna").codings().get(1).end()));
        assertEquals(2, p.coder("ben").codings().size());
        assertEquals(2, p.coder("anna").done().size());

        String counts = ok("counts", dir, "--coder", "anna").out();
        assertTrue(counts.lines().anyMatch(l -> l.matches("\\s+care route\\s+1\\s+1\\s+1 of 2.*")), counts);

        ok("uncode", dir, "--coder", "anna", "--code", "care decisions/care route", "--doc", "s01", "--turn", 2);
        assertEquals(1, Project.open(dir).coder("anna").codings().size());
        ok("undo", dir, "--coder", "anna");
        assertEquals(2, Project.open(dir).coder("anna").codings().size(), "undo brings the removed coding back");
    }

    @Test
    void badInputIsOneLineExitOneAndChangesNothing() throws IOException {
        String before = TestTrees.snapshot(dir);
        Object[][] bad = {
                {"code", dir, "--coder", "anna", "--code", "no such code", "--doc", "s01", "--turn", 2},
                {"code", dir, "--coder", "anna", "--code", "process", "--doc", "s09", "--turn", 1},
                {"code", dir, "--coder", "anna", "--code", "process", "--doc", "s01", "--turn", 5},
                {"code", dir, "--coder", "anna", "--code", "process", "--doc", "s01", "--start", 10, "--end", 9999},
                {"code", dir, "--batch", write("bad.csv", "coder,code,doc,turn\nben,process,s01,2\nben,process,s01,77\n")},
                {"attributes", dir, "--csv", write("bad-attrs.csv", "id,schooltype\ns01,priority\nnope,regular\n")},
                {"done", dir, "--coder", "anna", "--doc", "missing"},
                {"docs", tmp.resolve("not-a-project")},
        };
        for (Object[] args : bad) {
            CliRun r = thema(args);
            assertEquals(1, r.rc(), String.valueOf(args[0]) + " " + r.out() + r.err());
            assertTrue(r.err().startsWith("thema: "), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        }
        assertEquals(before, TestTrees.snapshot(dir), "a failed command changes nothing");
    }

    @Test
    void anOutputFileInAFolderThatDoesNotExistIsRefusedAndNoFolderIsMade() throws IOException {
        ok("code", dir, "--coder", "anna", "--code", "process", "--doc", "s01", "--turn", 2);
        ok("code", dir, "--coder", "ben", "--code", "process", "--doc", "s01", "--turn", 2);
        ok("done", dir, "--coder", "anna", "--doc", "s01");
        ok("done", dir, "--coder", "ben", "--doc", "s01");
        String before = TestTrees.snapshot(dir);
        Path missing = tmp.resolve("no-such-folder");
        Object[][] bad = {
                {"report", dir, missing.resolve("report.html")},
                {"debrief", dir, "--coders", "anna,ben", missing.resolve("debrief.md")},
                {"export", dir, "--qdpx", missing.resolve("p.qdpx")},
                {"export", dir, "--qdc", tmp.resolve("codebook.qdc"), "--qdpx", missing.resolve("sub").resolve("p.qdpx")},
        };
        for (Object[] args : bad) {
            CliRun r = thema(args);
            assertEquals(1, r.rc(), args[0] + ": " + r.out() + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertTrue(r.err().startsWith("thema: ") && r.err().contains("no-such-folder") && r.err().contains("does not exist"), r.err());
        }
        assertTrue(Files.notExists(missing), "no folder was made");
        assertTrue(Files.notExists(tmp.resolve("codebook.qdc")), "nothing of the export was written");
        CliRun folder = thema("report", dir, tmp);
        assertEquals(1, folder.rc());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        assertEquals(before, TestTrees.snapshot(dir), "a refused output changes nothing in the project");
        // the same commands write into a folder that exists
        ok("report", dir, tmp.resolve("report.html"));
        ok("debrief", dir, "--coders", "anna,ben", tmp.resolve("debrief.md"));
        assertTrue(Files.isRegularFile(tmp.resolve("report.html")) && Files.isRegularFile(tmp.resolve("debrief.md")));
    }

    @Test
    void malformedCodebookFileIsNamedWithItsLine() throws IOException {
        Path bad = write("broken.yaml", "codes:\n  - name: a\n    colour: red\n");
        CliRun r = thema("init", tmp.resolve("other"), "--codebook", bad);
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("broken.yaml") && r.err().contains("unknown key 'colour'") && r.err().contains("line 3"), r.err());
        assertTrue(Files.notExists(tmp.resolve("other").resolve("thema.yaml")), "no half-made project");
    }

    @Test
    void usageErrorsExitTwoAndEveryCommandHasHelp() {
        // a usage error is one line naming the problem and the help, not the whole help text
        Object[][] usage = {
                {"code", dir, "--coder", "anna"},
                {"code", dir, "--coder", "anna", "--no-such-option"},
                {"agree", dir},
                {"counts"},
        };
        for (Object[] args : usage) {
            CliRun r = thema(args);
            assertEquals(2, r.rc(), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertTrue(r.err().startsWith("thema: ") && r.err().strip().endsWith("see thema " + args[0] + " --help"), r.err());
            assertTrue(!r.err().contains("Usage:") && r.out().isEmpty(), r.err());
        }
        CliRun typo = thema("cuonts", dir);
        assertEquals(2, typo.rc());
        assertEquals(1, typo.err().strip().lines().count(), typo.err());
        assertTrue(typo.err().contains("'cuonts'") && typo.err().strip().endsWith("see thema --help"), typo.err());
        assertEquals(2, thema("no-such-command").rc());
    }

    @Test
    void everyCommandsHelpPrintsItsUsageAndNoWarning() {
        // picocli formats descriptions with String.format and prints a warning to System.err for a
        // lone '%' ("95% confidence"): caught here, where a user would see it
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            List<String> names = new java.util.ArrayList<>(Main.COMMANDS.keySet());
            Main.COMMANDS.forEach((name, c) -> assertEquals(name, c.getAnnotation(CommandLine.Command.class).name(), "the registry names " + c.getSimpleName() + " as its @Command does"));
            assertTrue(names.size() > 30, "every subcommand: " + names);
            for (String name : names) {
                CliRun r = thema(name, "--help");
                assertEquals(0, r.rc(), name + " --help: " + r.err());
                assertTrue(r.out().contains("Usage: thema " + name), name + " --help prints usage: " + r.out());
                assertEquals("", r.err(), name + " --help");
            }
            CliRun top = thema("--help");
            assertEquals(thema("help").out(), top.out(), "the quick overview is what picocli prints from every command's model");
            assertEquals(top.out(), thema().out(), "and thema alone prints it too");
            for (String name : names) assertTrue(top.out().contains("  " + name + " "), "thema --help lists " + name);
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8), "no picocli warning on any --help");
    }
}
