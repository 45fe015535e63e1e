package thema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;
import static thema.cli.CommandLineTest.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.TestTrees;

/** A coder name that differs from an existing coder's only in case is refused everywhere, never a silent second coder. */
class CoderNamesTest {
    @TempDir
    Path tmp;

    /** A project with one document and coder els's coding on its turn 2. */
    private Path projectWithEls() {
        Path dir = tmp.resolve("study");
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "Interviewer: How?\n\nTeacher: I call the parents.\n", Map.of());
        ok("code", dir, "--coder", "els", "--code", "process", "--doc", "d1", "--turn", 2);
        return dir;
    }

    @Test
    void aCaseTwinOfAnExistingCoderIsRefusedByEveryCommand() throws IOException {
        Path dir = projectWithEls();
        ok("code", dir, "--coder", "jan", "--code", "process", "--doc", "d1", "--turn", 2);
        ok("memo", dir, "--coder", "mia", "--journal", "--text", "a coder with memos only");
        Path batch = tmp.resolve("batch.csv");
        Files.writeString(batch, "coder,code,doc,turn\njan,care route,d1,2\nEls,care route,d1,2\n");
        String before = TestTrees.snapshot(dir);
        List<Object[]> commands = List.of(
                new Object[]{"code", dir, "--coder", "Els", "--code", "process", "--doc", "d1", "--turn", 1},
                new Object[]{"code", dir, "--batch", batch},
                new Object[]{"done", dir, "--coder", "ELS", "--doc", "d1"},
                new Object[]{"memo", dir, "--coder", "Els", "--journal", "--text", "x"},
                new Object[]{"key", dir, "--coder", "Els", "--doc", "d1", "--turn", 2},
                new Object[]{"undo", dir, "--coder", "Els"},
                new Object[]{"counts", dir, "--coder", "Els"},
                new Object[]{"quotes", dir, "--coder", "Els"},
                new Object[]{"agree", dir, "--coders", "Els,jan"},
                new Object[]{"sample", dir, "--coders", "jan,Els", "--fraction", "1"},
                new Object[]{"add-code", dir, "care decisions/timing", "--coder", "Els"},
                new Object[]{"tui", dir, "--coder", "Els"},
                new Object[]{"tui", dir, "--coder", "jan", "--compare", "Els,jan"});
        for (Object[] args : commands) {
            CliRun r = thema(args);
            String what = args[0] + " " + List.of(args).subList(2, args.length);
            assertEquals(1, r.rc(), what + ": " + r.out() + r.err());
            assertTrue(r.err().startsWith("thema: ") && r.err().contains("coder 'E") && r.err().strip().endsWith("only in case (did you mean els?)"), what + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        CliRun memoOnly = thema("code", dir, "--coder", "Mia", "--code", "process", "--doc", "d1", "--turn", 2);
        assertEquals("thema: coder 'Mia' differs from the existing coder 'mia' only in case (did you mean mia?)", memoOnly.err().strip());
        assertEquals(before, TestTrees.snapshot(dir), "nothing is changed by a refused name");
        assertEquals(List.of("els", "jan"), List.copyOf(Project.open(dir).coders()));
        ok("counts", dir, "--coder", "els");
        ok("code", dir, "--coder", "anna", "--code", "process", "--doc", "d1", "--turn", 1);
    }

    @Test
    void checkNamesCodersThatAnOlderThemaLetDifferOnlyInCase() throws IOException {
        Path dir = projectWithEls();
        ok("check", dir);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(dir.resolve("codings/ELS.yaml")), "a case-insensitive disk cannot hold both files");
        // as an older thema wrote it: a second file for the same person
        Files.writeString(dir.resolve("codings/Els.yaml"), Files.readString(dir.resolve("codings/els.yaml")).replace("coder: els", "coder: Els"));
        CliRun r = thema("check", dir);
        assertEquals(1, r.rc(), r.out());
        assertEquals("thema: coders 'Els' and 'els' differ only in case: one coder under two names?", r.err().strip());
        ok("counts", dir, "--coder", "Els");
    }
}
