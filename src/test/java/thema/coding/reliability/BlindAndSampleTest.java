package thema.coding.reliability;

import thema.cli.CliRun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.analysis.agreement.AgreeCommandTest;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Project;
import thema.project.TestProjects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlindAndSampleTest {
    @TempDir
    Path dir;

    @Test
    void blindHidesEveryOtherCoderEvenOnDocumentsTheCoderFinished() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "Anna: One.\n\nBen: Two.\n", Map.of());
        TestProjects.addDocument(p, "d2", "Anna: Three.\n", Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 6, 10, "process", "a", Coding.now())), "c");
        Codings.add(p, "ben", List.of(new Coding("d1", 6, 10, "care route", "b", Coding.now()),
                new Coding("d2", 6, 12, "process", "b", Coding.now())), "c");
        assertTrue(Blind.visibleCodings(p, "anna", true).get("ben").isEmpty());
        assertEquals(1, Blind.visibleCodings(p, "anna", true).get("anna").size());
        assertEquals(2, Blind.visibleCodings(p, "anna", false).get("ben").size());
        // done can be undone: a peek after done could flow back into the blind coding
        Codings.done(p, "anna", List.of("d1"), true);
        assertTrue(Blind.visibleCodings(p, "anna", true).get("ben").isEmpty());
        assertTrue(Blind.mayShow("anna", "anna", true));
        assertTrue(!Blind.mayShow("anna", "ben", true));
        assertTrue(Blind.mayShow("anna", "ben", false));

        var blind = CliRun.thema("codings", dir.toString(), "--coder", "anna", "--blind", "--format", "csv");
        assertEquals(0, blind.rc(), blind.err());
        assertTrue(blind.out().contains("anna,d1"), blind.out());
        assertTrue(!blind.out().contains("ben,"), blind.out());
        var open = CliRun.thema("codings", dir.toString(), "--coder", "anna", "--format", "csv");
        assertTrue(open.out().contains("ben,d2"), open.out());
        // a new coder who has done nothing sees nobody else
        var fresh = CliRun.thema("codings", dir.toString(), "--coder", "carl", "--blind");
        assertEquals(0, fresh.rc(), fresh.err());
        assertTrue(fresh.out().contains("0 codings"), fresh.out());
    }

    @Test
    void blindSearchSeesOnlyTheCodersOwnCodings() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "Anna: One.\n\nBen: Two.\n", Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 6, 10, "process", "a", Coding.now())), "c");
        Codings.add(p, "ben", List.of(new Coding("d1", 17, 21, "process", "b", Coding.now())), "c");
        var all = CliRun.thema("search", dir.toString(), "code:process");
        assertEquals(0, all.rc(), all.err());
        assertTrue(all.out().startsWith("2 hits in 2 turns"), all.out());
        var own = CliRun.thema("search", dir.toString(), "code:process", "--coder", "anna", "--blind");
        assertEquals(0, own.rc(), own.err());
        assertTrue(own.out().startsWith("1 hit in 1 turn"), own.out());
        assertTrue(own.out().contains("One."), own.out());
        assertTrue(!own.out().contains("Two."), own.out());
        var mine = CliRun.thema("search", dir.toString(), "coder:anna", "--coder", "anna", "--blind");
        assertTrue(mine.out().startsWith("1 hit in 1 turn"), mine.out());
        for (String q : List.of("coder:ben", "coder:BEN", "coder:consensus", "coder:b*", "one OR coder:ben")) {
            var other = CliRun.thema("search", dir.toString(), q, "--coder", "anna", "--blind");
            assertEquals(1, other.rc(), q + ": " + other.out());
            assertEquals(1, other.err().strip().lines().count(), other.err());
            assertTrue(other.err().startsWith("thema: query '" + q + "': "), other.err());
            assertTrue(other.err().contains("blind mode"), other.err());
            assertTrue(other.out().isEmpty(), "no hit count either: " + other.out());
        }
        var usage = CliRun.thema("search", dir.toString(), "code:process", "--blind");
        assertEquals(2, usage.rc(), usage.err());
    }

    Project tenSchools() {
        Project p = TestProjects.create(dir);
        for (int i = 0; i < 10; i++) {
            TestProjects.addDocument(p, "int" + i, "Anna: text " + i + ".\n", Map.of("school", i < 6 ? "north" : "south"));
        }
        return p;
    }

    @Test
    void sampleIsReproducibleAndStratified() {
        Project p = tenSchools();
        Sample a = Sample.draw(p, List.of("anna", "ben"), 0.5, 7, "school");
        Sample b = Sample.draw(p, List.of("anna", "ben"), 0.5, 7, "school");
        assertEquals(a.documents(), b.documents());
        assertEquals(5, a.documents().size());
        // 6 north, 4 south, 5 in all: shares 3.0 and 2.0
        long north = a.documents().stream().filter(d -> p.document(d).attributes().get("school").equals("north")).count();
        assertEquals(3, north);
        Set<List<String>> draws = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) draws.add(Sample.draw(p, List.of("anna", "ben"), 0.5, seed, "school").documents());
        assertTrue(draws.size() > 1, "different seeds give different samples");
        assertEquals(1, Sample.draw(p, List.of("anna", "ben"), 0.01, 1, null).documents().size(), "at least one document");
    }

    @Test
    void sampleCommandRecordsAndRefusesToOverwrite() throws Exception {
        tenSchools();
        var r = CliRun.thema("sample", dir.toString(), "--coders", "anna,ben", "--fraction", "0.2", "--seed", "42", "--by", "school");
        assertEquals(0, r.rc(), r.err());
        Sample s = Sample.load(Project.open(dir));
        assertEquals(2, s.documents().size());
        assertEquals(42, s.seed());
        assertEquals("school", s.by());
        assertTrue(Files.readString(dir.resolve(Sample.FILE)).contains("fraction: 0.2"));
        var again = CliRun.thema("sample", dir.toString(), "--coders", "anna,ben", "--fraction", "0.2");
        assertEquals(1, again.rc());
        assertTrue(again.err().contains("--replace"), again.err());
        var replaced = CliRun.thema("sample", dir.toString(), "--coders", "anna,ben", "--fraction", "0.2", "--seed", "42",
                "--by", "school", "--replace");
        assertEquals(0, replaced.rc(), replaced.err());
        assertEquals(s.documents(), Sample.load(Project.open(dir)).documents());
        assertEquals(2, CliRun.thema("sample", dir.toString(), "--coders", "anna,ben", "--fraction", "1.5").rc());
        var noAttr = CliRun.thema("sample", dir.toString(), "--coders", "anna,ben", "--fraction", "0.2", "--by", "city", "--replace");
        assertEquals(1, noAttr.rc());
        assertTrue(noAttr.err().contains("no document has attribute 'city'"), noAttr.err());
        assertNotEquals("", r.out());
    }
}
