package thema.coding.reliability;

import thema.cli.CliRun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.analysis.agreement.AgreeCommandTest;
import thema.coding.Coding;
import thema.coding.Codings;
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
    void blindHidesOthersUntilTheCoderIsDone() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "Anna: One.\n\nBen: Two.\n", Map.of());
        TestProjects.addDocument(p, "d2", "Anna: Three.\n", Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 6, 10, "process", "a", Codings.now())), "c");
        Codings.add(p, "ben", List.of(new Coding("d1", 6, 10, "care route", "b", Codings.now()),
                new Coding("d2", 6, 12, "process", "b", Codings.now())), "c");
        assertTrue(Blind.visibleCodings(p, "anna", true).get("ben").isEmpty());
        assertEquals(1, Blind.visibleCodings(p, "anna", true).get("anna").size());
        assertEquals(2, Blind.visibleCodings(p, "anna", false).get("ben").size());
        Codings.done(p, "anna", List.of("d1"), true);
        List<Coding> seen = Blind.visibleCodings(p, "anna", true).get("ben");
        assertEquals(List.of("d1"), seen.stream().map(Coding::doc).toList(), "only the document anna has finished");
        assertTrue(Blind.othersVisible(p, "anna", "d1", true));
        assertTrue(!Blind.othersVisible(p, "anna", "d2", true));

        var blind = CliRun.thema("codings", dir.toString(), "--coder", "anna", "--blind", "--format", "csv");
        assertEquals(0, blind.rc(), blind.err());
        assertTrue(blind.out().contains("ben,d1"), blind.out());
        assertTrue(!blind.out().contains("ben,d2"), blind.out());
        var open = CliRun.thema("codings", dir.toString(), "--coder", "anna", "--format", "csv");
        assertTrue(open.out().contains("ben,d2"), open.out());
        // a new coder who has done nothing sees nobody else
        var fresh = CliRun.thema("codings", dir.toString(), "--coder", "carl", "--blind");
        assertEquals(0, fresh.rc(), fresh.err());
        assertTrue(fresh.out().contains("0 codings"), fresh.out());
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
