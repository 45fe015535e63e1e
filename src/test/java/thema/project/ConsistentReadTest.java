package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.coding.Codings;

/**
 * Issue 17.4: while another process renamed codes, counts and code runs failed with "code ... is
 * not in the codebook": they had read the codebook before a rename and the codings after it.
 */
class ConsistentReadTest {
    @TempDir
    Path dir;

    @Test
    @org.junit.jupiter.api.Timeout(300)
    void readersSeeARenameBeforeOrAfterNeverBetween() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: " + "word ".repeat(400) + "\n", Map.of());
        // several coders with codings of the renamed code: a rename rewrites all their files
        Map<String, List<Coding>> batch = new java.util.LinkedHashMap<>();
        for (String coder : List.of("anna", "ben", "carl", "dora", "eva", "finn")) {
            List<Coding> list = new ArrayList<>();
            for (int i = 0; i < 200; i++) list.add(new Coding("d1", 3 + i * 5, 7 + i * 5, "care decisions/process", coder, "t"));
            batch.put(coder, list);
        }
        Codings.addBatch(p, batch, "setup");
        Process renamer = CodingLoop.child(RenameLoop.class, dir, List.of(dir.toString(), "1000000"));
        List<String> failures = new ArrayList<>();
        int runs = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(renamer.getInputStream(), StandardCharsets.UTF_8))) {
            assertTrue(r.readLine() != null, "the renamer runs");
            // readers wait for each rename now: bounded by time as well as by count, to keep the suite quick
            long until = System.currentTimeMillis() + 10_000;
            for (int i = 0; i < 60 && (i < 12 || System.currentTimeMillis() < until); i++) {
                runs++;
                CliRun run = i % 3 == 2
                        ? thema("code", dir, "--coder", "gus", "--code", "care decisions", "--doc", "d1", "--start", 3 + i, "--end", 5 + i)
                        : thema(i % 3 == 0 ? "counts" : "codings", dir, "--coder", "anna");
                if (run.rc() != 0) failures.add(run.err().strip());
            }
            while (r.ready()) r.readLine();
        } finally {
            renamer.destroyForcibly().waitFor();
        }
        assertEquals(List.of(), failures, failures.size() + " of " + runs + " runs failed");
        assertEquals(runs / 3, Project.open(dir).coder("gus").codings().size());
    }
}
