package thema.analysis;

import thema.project.DocumentGroups;
import static thema.cli.CliRun.thema;
import thema.cli.CliRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Json;
import thema.project.Project;
import thema.project.TestProjects;

/**
 * Counts against tables worked out by hand. Five documents of 100 characters:
 * d1, d2 regular, d3 special, d4 without school type, d5 priority and never coded.
 * anna: d1 care route [0,10) process [5,15) one-way [0,20) process [50,60) two-way [55,70);
 *       d2 care route [0,10) care route [5,12) two-way [0,10); d3 care decisions [0,30) one-way [20,40);
 *       d4 process [0,10).  ben: d1 process [0,10) two-way [0,10). Nobody marked a document done.
 * anna's counted documents are d1-d4, so her "k of n" has n = 4 (d5 is not coded by her).
 */
class CountsTest {
    static final String CD = "care decisions", CR = "care decisions/care route", PR = "care decisions/process",
            COM = "communication", OW = "communication/one-way", TW = "communication/two-way";

    @TempDir
    Path dir;
    Project p;

    static Coding c(String doc, int s, int e, String code, String coder) {
        return new Coding(doc, s, e, code, coder, "2026-01-01T00:00:00Z");
    }

    @BeforeEach
    void project() {
        p = TestProjects.create(dir);
        String text = "x".repeat(100);
        TestProjects.addDocument(p, "d1", text, Map.of("schooltype", "regular"));
        TestProjects.addDocument(p, "d2", text, Map.of("schooltype", "regular"));
        TestProjects.addDocument(p, "d3", text, Map.of("schooltype", "special"));
        TestProjects.addDocument(p, "d4", text, Map.of());
        TestProjects.addDocument(p, "d5", text, Map.of("schooltype", "priority"));
        Codings.add(p, "anna", List.of(c("d1", 0, 10, CR, "anna"), c("d1", 5, 15, PR, "anna"), c("d1", 0, 20, OW, "anna"),
                c("d1", 50, 60, PR, "anna"), c("d1", 55, 70, TW, "anna"), c("d2", 0, 10, CR, "anna"), c("d2", 5, 12, CR, "anna"),
                c("d2", 0, 10, TW, "anna"), c("d3", 0, 30, CD, "anna"), c("d3", 20, 40, OW, "anna"), c("d4", 0, 10, PR, "anna")), "x");
        Codings.add(p, "ben", List.of(c("d1", 0, 10, PR, "ben"), c("d1", 0, 10, TW, "ben")), "x");
    }

    static CodeCounts.Row row(List<CodeCounts.Row> rows, String code, String value) {
        return rows.stream().filter(r -> r.code().equals(code) && r.value().equals(value)).findFirst().orElseThrow();
    }

    CountedCoding anna() {
        return CountedCoding.ofCoder(p, "anna");
    }

    static void check(CodeCounts.Row r, int segments, int total, int docs, int inGroup) {
        assertEquals(List.of(segments, total, docs, inGroup), List.of(r.segments(), r.segmentsTotal(), r.documents(), r.documentsInGroup()), r.toString());
    }

    @Test
    void nestedCodesRollUpAndOverlappingSegmentsCountApart() {
        List<CodeCounts.Row> rows = CodeCounts.of(p, anna(), DocumentGroups.of(p, List.of()));
        check(row(rows, CD, ""), 1, 7, 4, 4);
        check(row(rows, CR, ""), 3, 3, 2, 4);
        check(row(rows, PR, ""), 3, 3, 2, 4);
        check(row(rows, COM, ""), 0, 4, 3, 4);
        check(row(rows, OW, ""), 2, 2, 2, 4);
        check(row(rows, TW, ""), 2, 2, 2, 4);
        assertEquals(6, rows.size());
    }

    @Test
    void attributeGroupsWithNoneAndAnUncodedDocument() {
        List<CodeCounts.Row> rows = CodeCounts.of(p, anna(), DocumentGroups.of(p, List.of("schooltype")));
        assertEquals(List.of("priority", "regular", "special", "(none)"),
                rows.stream().filter(r -> r.code().equals(CD)).map(CodeCounts.Row::value).toList());
        check(row(rows, CD, "regular"), 0, 5, 2, 2);
        check(row(rows, CD, "priority"), 0, 0, 0, 0);
        check(row(rows, CD, "special"), 1, 1, 1, 1);
        check(row(rows, CD, "(none)"), 0, 1, 1, 1);
        check(row(rows, TW, "regular"), 2, 2, 2, 2);
        check(row(rows, OW, "special"), 1, 1, 1, 1);
    }

    @Test
    void numberedBandsSortByTheirNumber() {
        assertTrue(DocumentGroups.natural("6-15", "16+") < 0);
        assertTrue(DocumentGroups.natural("0-5", "6-15") < 0);
        assertTrue(DocumentGroups.natural("priority", "regular") < 0);
    }

    @Test
    void theDefaultIsTheFinalCodingAndACoderCountsAlone() {
        CountedCoding all = CountedCoding.choose(p, null);
        assertEquals("counted: anna on d2-d4 (in progress: d2-d4); not counted: d1 (anna, ben: both in progress), d5 (not coded)", all.describe());
        check(row(CodeCounts.of(p, all, DocumentGroups.of(p, List.of())), PR, ""), 1, 1, 1, 3);
        CountedCoding ben = CountedCoding.choose(p, "ben");
        check(row(CodeCounts.of(p, ben, DocumentGroups.of(p, List.of())), PR, ""), 1, 1, 1, 1);
        assertEquals("counted: ben on d1 (in progress: d1); not counted: d2-d5 (not coded by ben)", ben.describe());
        // a consensus file without decisions (made by hand or imported) is counted like any coder's, never dropped
        Codings.add(p, "consensus", List.of(c("d5", 0, 10, PR, "consensus")), "x");
        assertEquals("counted: anna on d2-d4 (in progress: d2-d4); consensus on d5 (in progress: d5); not counted: d1 (anna, ben: both in progress)",
                CountedCoding.choose(p, null).describe());
    }

    static Cooccurrence.Cell cell(List<Cooccurrence.Cell> cells, String a, String b) {
        return cells.stream().filter(x -> x.code().equals(a) && x.with().equals(b)).findFirst().orElseThrow();
    }

    @Test
    void cooccurrenceOfCodesAndTheirParents() {
        List<Cooccurrence.Cell> cells = Cooccurrence.of(p, anna(), DocumentGroups.of(p, List.of()), p.codebook().paths());
        assertEquals(List.of(1, 1), List.of(cell(cells, CR, PR).segments(), cell(cells, CR, PR).documents()));
        assertEquals(List.of(1, 1), List.of(cell(cells, PR, CR).segments(), cell(cells, PR, CR).documents()));
        assertEquals(List.of(3, 2), List.of(cell(cells, CR, COM).segments(), cell(cells, CR, COM).documents()));
        assertEquals(List.of(1, 1), List.of(cell(cells, CR, OW).segments(), cell(cells, CR, OW).documents()));
        assertEquals(List.of(2, 2), List.of(cell(cells, CR, TW).segments(), cell(cells, CR, TW).documents()));
        assertEquals(List.of(6, 3), List.of(cell(cells, CD, COM).segments(), cell(cells, CD, COM).documents()));
        assertEquals(3, cell(cells, CD, OW).segments());
        assertEquals(4, cell(cells, COM, CD).segments());
        assertTrue(cells.stream().noneMatch(x -> x.code().equals(CD) && x.with().equals(CR)), "a code is not crossed with its own subcode");
        List<Cooccurrence.Cell> byType = Cooccurrence.of(p, anna(), DocumentGroups.of(p, List.of("schooltype")), List.of(CR, TW));
        assertEquals(2, byType.stream().filter(x -> x.code().equals(CR) && x.value().equals("regular")).findFirst().orElseThrow().segments());
    }

    @Test
    void exclusiveGroupSplit() {
        List<ExclusiveSplit.Cell> cells = ExclusiveSplit.of(p, anna(), DocumentGroups.of(p, List.of()), COM);
        assertEquals(List.of(1, 2, 0), split(cells, CR));
        assertEquals(List.of(1, 1, 1), split(cells, PR));
        assertEquals(List.of(3, 3, 1), split(cells, CD));
        assertEquals(9, cells.size(), "three codes outside the group × (one-way, two-way, none)");
    }

    static List<Integer> split(List<ExclusiveSplit.Cell> cells, String code) {
        List<Integer> out = new ArrayList<>();
        for (String alt : List.of(OW, TW, ExclusiveSplit.NONE)) {
            out.add(cells.stream().filter(x -> x.code().equals(code) && x.alternative().equals(alt)).findFirst().orElseThrow().segments());
        }
        return out;
    }



    /** Issue 15.4: care > communication (exclusive) > one-way, two-way; one coding care/communication/one-way. */
    @Test
    void aSegmentThatIsItselfAnAlternativeCountsForItInItsAncestorsRows() throws Exception {
        Code comm = new Code("communication", List.of(new Code("one-way"), new Code("two-way"))).withExclusive(true);
        Code care = new Code("care", List.of(comm));
        Path n = dir.resolve("nested");
        Project q = Project.init(n, "nested", "en", new Codebook(new ArrayList<>(List.of(care)), "test"));
        TestProjects.addDocument(q, "t1", "Teacher: I told them what we would do.", Map.of());
        CliRun code = thema("code", n.toString(), "--coder", "anna", "--code", "care/communication/one-way", "--doc", "t1", "--turn", 1);
        assertEquals(0, code.rc(), code.err());
        CliRun within = thema("counts", n.toString(), "--within", "care/communication");
        assertEquals(0, within.rc(), within.err());
        assertTrue(within.out().lines().anyMatch(l -> l.matches("care\\s+1\\s+0\\s+0")), within.out());
        JsonNode rows = Json.MAPPER.readTree(thema("counts", n.toString(), "--within", "care/communication", "--format", "json").out()).get("rows");
        assertEquals(List.of("care one-way 1", "care two-way 0", "care (none) 0"), java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .map(r -> r.get("code").asText() + " " + Codebook.nameOf(r.get("alternative").asText()) + " " + r.get("segments").asInt()).toList());
        Path html = dir.resolve("nested.html");
        assertEquals(0, thema("report", n.toString(), html).rc());
        assertTrue(java.nio.file.Files.readString(html).contains("<tr><td>care</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">0</td></tr>"));
    }

    @Test
    void csvIsTidyLongFormatWithRfc4180Quoting() {
        CliRun r = thema("counts", dir.toString(), "--by", "schooltype", "--format", "csv");
        assertEquals(0, r.rc(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("code,attribute,value,segments,segments_total,documents,documents_in_group,counted", lines.get(0));
        String counted = ",\"counted: anna on d2-d4 (in progress: d2-d4); not counted: d1 (anna, ben: both in progress), d5 (not coded)\"";
        assertTrue(lines.contains("\"care decisions\",schooltype,regular,0,2,1,1" + counted), r.out());
        assertEquals(1 + 6 * 4, lines.size(), "one coding: 6 codes × 4 groups");

        CliRun one = thema("counts", dir.toString(), "--coder", "ben", "--format", "csv");
        assertEquals("code,attribute,value,segments,segments_total,documents,documents_in_group,counted", one.out().lines().findFirst().orElseThrow());
        assertTrue(one.out().contains("\"care decisions/process\",,,1,1,1,1,\"counted: ben on d1"), one.out());
    }

    @Test
    void csvQuotesNamesWithCommasAndQuotes() {
        Code odd = new Code("parents' \"wishes\", heard");
        Project q = Project.init(dir.resolve("q"), "q", "en", new Codebook(new ArrayList<>(List.of(odd)), "test"));
        TestProjects.addDocument(q, "d1", "Teacher: we listen", Map.of());
        Codings.add(q, "anna", List.of(c("d1", 0, 5, "parents' \"wishes\", heard", "anna")), "x");
        CliRun r = thema("counts", dir.resolve("q").toString(), "--format", "csv");
        assertTrue(r.out().contains("\"parents' \"\"wishes\"\", heard\",,,1,1,1,1"), r.out());
    }

    @Test
    void jsonMarkdownAndTableAgree() throws Exception {
        JsonNode json = Json.MAPPER.readTree(thema("counts", dir.toString(), "--coder", "anna", "--format", "json").out());
        assertEquals(6, json.get("rows").size());
        assertEquals(7, json.get("rows").get(0).get("segments_total").asInt());
        String md = thema("counts", dir.toString(), "--coder", "anna", "--format", "md").out();
        assertTrue(md.contains("| care decisions |  |  | 1 | 7 | 4 | 4 |"), md);
        String table = thema("counts", dir.toString(), "--coder", "anna", "--by", "schooltype").out();
        assertTrue(table.lines().anyMatch(l -> l.matches("\\s+regular\\s+0\\s+5\\s+2 of 2\\s+█+")), table);
        for (String line : table.lines().toList()) assertTrue(line.length() <= 80, "fits 80 columns: " + line);
        String within = thema("counts", dir.toString(), "--coder", "anna", "--within", "communication").out();
        assertTrue(within.lines().anyMatch(l -> l.matches("\\s+care route\\s+1\\s+2\\s+0")), within);
        String co = thema("cooccur", dir.toString(), "--coder", "anna", "--codes", "care route,two-way").out();
        assertTrue(co.lines().anyMatch(l -> l.matches("care route\\s+two-way\\s+2\\s+2\\s+█+")), co);
    }

    @Test
    void badInputsAreOneLineErrors() {
        for (String[] args : List.of(new String[]{"counts", dir.toString(), "--by", "region"},
                new String[]{"counts", dir.toString(), "--coder", "carla"},
                new String[]{"counts", dir.toString(), "--within", "care decisions"},
                new String[]{"counts", dir.toString(), "--within", "nothing"},
                new String[]{"cooccur", dir.toString(), "--codes", "care route,nothing"})) {
            CliRun r = thema(args);
            assertEquals(1, r.rc(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertTrue(thema("counts", dir.toString(), "--by", "region").err().contains("attributes: schooltype"));
    }
}
