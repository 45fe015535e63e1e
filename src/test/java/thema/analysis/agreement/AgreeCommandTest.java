package thema.analysis.agreement;

import static thema.cli.CliRun.thema;
import thema.cli.CliRun;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Json;
import thema.project.Project;
import thema.project.TestProjects;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 'thema agree' end to end: projects built through the core API whose codings encode the
 * published worked examples, and the command must reproduce their values.
 */
public class AgreeCommandTest {
    @TempDir
    Path dir;



    JsonNode agreeJson(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("agree", dir.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        CliRun r = thema(args.toArray(String[]::new));
        assertEquals(0, r.rc(), r.err());
        return Json.MAPPER.readTree(r.out());
    }

    static JsonNode code(JsonNode report, String path) {
        for (JsonNode c : report.get("codes")) if (c.get("code").asText().equals(path)) return c;
        throw new AssertionError("no row for " + path + " in " + report);
    }

    /** A document of {@code n} one-line turns "Speaker: turn i". */
    static String turns(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append("Respondent: turn ").append(i).append(" of the talk.\n\n");
        return b.toString();
    }

    static void codeTurn(Project p, String coder, String doc, int turn, String code) {
        int[] s = Codings.turnSpan(p.document(doc), turn);
        Codings.add(p, coder, List.of(new Coding(doc, s[0], s[1], code, coder, Coding.now())), "code");
    }

    /** A codebook with an exclusive group 'rating' of five alternatives 1..5. */
    static Project ratingProject(Path dir) {
        List<Code> alternatives = new ArrayList<>();
        for (int i = 1; i <= 5; i++) alternatives.add(new Code(Integer.toString(i)));
        Code rating = new Code("rating", alternatives).withExclusive(true);
        return Project.init(dir, "ratings", "en", new Codebook(new ArrayList<>(List.of(rating)), "test"));
    }

    @Test
    void cohenTwoByTwoAsFiftyTurns() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", turns(50), Map.of());
        // turns 1-20 both, 21-25 anna only, 26-35 ben only, 36-50 neither: 20/5/10/15 -> kappa 0.4
        List<Coding> anna = new ArrayList<>(), ben = new ArrayList<>();
        for (int t = 1; t <= 35; t++) {
            int[] s = Codings.turnSpan(p.document("d1"), t);
            Coding c = new Coding("d1", s[0], s[1], "care route", "x", Coding.now());
            if (t <= 25) anna.add(c);
            if (t <= 20 || t > 25) ben.add(c);
        }
        Codings.add(p, "anna", anna, "code");
        Codings.add(p, "ben", ben, "code");
        Codings.done(p, "anna", List.of("d1"), true);
        Codings.done(p, "ben", List.of("d1"), true);

        JsonNode r = agreeJson("--coders", "anna,ben", "--code", "care route");
        JsonNode row = code(r, "care decisions/care route");
        assertEquals(50, row.get("units").asInt());
        assertEquals(0.400, row.get("cohen_kappa").asDouble(), 0.0005);
        assertEquals(70.0, row.get("percent_agreement").asDouble(), 1e-9);
        assertEquals(20, row.get("both").asInt());
        assertEquals(5, row.get("first_only").asInt());
        assertEquals(10, row.get("second_only").asInt());
        assertEquals(15, row.get("neither").asInt());
        // only the scoped code: no other rows
        assertEquals(1, r.get("codes").size());

        // the parent rolls up its descendant: same values
        JsonNode all = agreeJson("--coders", "anna,ben");
        assertEquals(0.400, code(all, "care decisions").get("cohen_kappa").asDouble(), 0.0005);
        // a code nobody used: no variation, undefined (null), not 1.0 or NaN
        JsonNode process = code(all, "care decisions/process");
        assertTrue(process.get("cohen_kappa").isNull());
        assertTrue(process.get("krippendorff_alpha").isNull());
        assertEquals(100.0, process.get("percent_agreement").asDouble(), 1e-9);

        CliRun table = thema("agree", dir.toString(), "--coders", "anna,ben");
        assertEquals(0, table.rc(), table.err());
        assertTrue(table.out().contains("0.400"), table.out());
        assertTrue(table.out().contains("undefined"), table.out());
        assertTrue(table.out().contains("alpha < 0.667"), table.out());
    }

    @Test
    void krippendorffFourCodersTwelveUnitsWithMissingValues() throws Exception {
        Project p = ratingProject(dir);
        String[] coders = {"a", "b", "c", "d"};
        // one document per unit: a coder who has not marked a document done has a missing value for it
        for (int u = 0; u < 12; u++) TestProjects.addDocument(p, "u" + (u + 1), "Respondent: a rating.\n", Map.of());
        for (int i = 0; i < 4; i++) {
            List<Coding> codings = new ArrayList<>();
            List<String> done = new ArrayList<>();
            for (int u = 0; u < 12; u++) {
                int v = StatisticsTest.KRIPPENDORFF[u][i];
                if (v == StatisticsTest.M) continue;
                int[] s = Codings.turnSpan(p.document("u" + (u + 1)), 1);
                codings.add(new Coding("u" + (u + 1), s[0], s[1], "rating/" + v, coders[i], Coding.now()));
                done.add("u" + (u + 1));
            }
            Codings.add(p, coders[i], codings, "rate");
            Codings.done(p, coders[i], done, true);
        }
        JsonNode r = agreeJson("--coders", "a,b,c,d", "--code", "rating");
        JsonNode rating = code(r, "rating");
        assertTrue(rating.get("exclusive").asBoolean());
        assertEquals(0.743, rating.get("krippendorff_alpha").asDouble(), 0.0005);
        // unit 12 was done by one coder only: its document is not compared
        assertEquals(11, r.get("documents").size());
        assertEquals(11, rating.get("units").asInt());
        assertEquals(8, rating.get("complete_units").asInt());
        assertTrue(rating.get("cohen_kappa").isNull(), "Cohen's kappa is for two coders");
    }

    @Test
    void fleissFourteenCodersFiveCategories() throws Exception {
        Project p = ratingProject(dir);
        TestProjects.addDocument(p, "d1", turns(10), Map.of());
        List<String> names = new ArrayList<>();
        for (int r = 0; r < 14; r++) names.add("r" + r);
        // subject i's raters: the first n_i1 say category 1, the next n_i2 category 2, ...
        List<List<Coding>> byRater = new ArrayList<>();
        for (int r = 0; r < 14; r++) byRater.add(new ArrayList<>());
        for (int i = 0; i < 10; i++) {
            int[] s = Codings.turnSpan(p.document("d1"), i + 1);
            int r = 0;
            for (int c = 0; c < 5; c++) {
                for (int k = 0; k < StatisticsTest.FLEISS[i][c]; k++, r++) {
                    byRater.get(r).add(new Coding("d1", s[0], s[1], "rating/" + (c + 1), names.get(r), Coding.now()));
                }
            }
        }
        Map<String, List<Coding>> batch = new java.util.LinkedHashMap<>();
        for (int r = 0; r < 14; r++) batch.put(names.get(r), byRater.get(r));
        Codings.addBatch(p, batch, "rate");
        for (String n : names) Codings.done(p, n, List.of("d1"), true);
        JsonNode r = agreeJson("--coders", String.join(",", names), "--code", "rating");
        assertEquals(0.210, code(r, "rating").get("fleiss_kappa").asDouble(), 0.0005);
        assertEquals(10, code(r, "rating").get("units").asInt());
    }

    @Test
    void characterUnitReproducesTheTwoByTwoTable() throws Exception {
        Project p = TestProjects.create(dir);
        // 50 characters: anna [0,25), ben [0,20)+[25,35): both 20, anna only 5, ben only 10, neither 15
        TestProjects.addDocument(p, "d1", "x".repeat(50), Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 0, 25, "process", "a", Coding.now())), "code");
        Codings.add(p, "ben", List.of(new Coding("d1", 0, 20, "process", "b", Coding.now()),
                new Coding("d1", 25, 35, "process", "b", Coding.now())), "code");
        Codings.done(p, "anna", List.of("d1"), true);
        Codings.done(p, "ben", List.of("d1"), true);
        JsonNode row = code(agreeJson("--coders", "anna,ben", "--unit", "character"), "care decisions/process");
        assertEquals(50, row.get("units").asInt());
        assertEquals(0.400, row.get("cohen_kappa").asDouble(), 0.0005);
        assertEquals(70.0, row.get("percent_agreement").asDouble(), 1e-9);
        // agreement among the 35 characters somebody coded: 20 / 35
        assertEquals(100.0 * 20 / 35, row.get("coded_agreement").asDouble(), 1e-9);
        assertEquals(20, row.get("both").asInt());
        assertEquals(15, row.get("neither").asInt());
    }

    @Test
    void characterUnitCountsCodePointsNotUtf16Units() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "😀é😀 ok", Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 0, 3, "process", "a", Coding.now())), "code");
        Codings.add(p, "ben", List.of(new Coding("d1", 0, 2, "process", "b", Coding.now())), "code");
        Codings.done(p, "anna", List.of("d1"), true);
        Codings.done(p, "ben", List.of("d1"), true);
        JsonNode row = code(agreeJson("--coders", "anna,ben", "--unit", "character"), "care decisions/process");
        assertEquals(6, row.get("units").asInt());
        assertEquals(2, row.get("both").asInt());
        assertEquals(1, row.get("first_only").asInt());
        assertEquals(3, row.get("neither").asInt());
    }

    @Test
    void exclusiveGroupComparesTheAlternatives() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", turns(4), Map.of());
        codeTurn(p, "anna", "d1", 1, "one-way");
        codeTurn(p, "ben", "d1", 1, "one-way");
        codeTurn(p, "anna", "d1", 2, "two-way");
        codeTurn(p, "ben", "d1", 2, "one-way");
        codeTurn(p, "anna", "d1", 3, "two-way");
        codeTurn(p, "ben", "d1", 3, "two-way");
        Codings.done(p, "anna", List.of("d1"), true);
        Codings.done(p, "ben", List.of("d1"), true);
        JsonNode comm = code(agreeJson("--coders", "anna,ben"), "communication");
        // categories one-way, two-way, none: table {1,1,0 / 0,1,0 / 0,0,1} (anna rows, ben columns)
        // p_o = 3/4; p_e = (1/4·2/4) + (2/4·1/4) + (1/4·1/4) = 5/16; kappa = (12/16 − 5/16)/(11/16) = 7/11
        assertEquals(7.0 / 11, comm.get("cohen_kappa").asDouble(), 1e-9);
        assertEquals(4, comm.get("units").asInt());
        boolean sawDisagreement = false;
        for (JsonNode c : comm.get("cells")) {
            if (c.get("values").get("anna").asText().equals("two-way") && c.get("values").get("ben").asText().equals("one-way")) {
                sawDisagreement = true;
                assertEquals(1, c.get("units").asInt());
            }
        }
        assertTrue(sawDisagreement, comm.toString());
    }

    @Test
    void onlyDocumentsDoneByTwoCodersAndCoderWithoutCodings() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", turns(3), Map.of());
        TestProjects.addDocument(p, "d2", turns(3), Map.of());
        codeTurn(p, "anna", "d1", 1, "process");
        codeTurn(p, "anna", "d2", 1, "process");
        Codings.done(p, "anna", List.of("d1", "d2"), true);
        // ben coded nothing but marked d1 done: his values are all 0, and d2 is not compared
        Codings.done(p, "ben", List.of("d1"), true);
        JsonNode r = agreeJson("--coders", "anna,ben");
        assertEquals(List.of("d1"), List.of(r.get("documents").get(0).asText()));
        assertEquals(1, r.get("documents").size());
        JsonNode row = code(r, "care decisions/process");
        assertEquals(3, row.get("units").asInt());
        // table {0,1 / 0,2}: p_o = 2/3, p_e = 1/3·0 + 2/3·1 = 2/3 -> kappa 0
        assertEquals(0.0, row.get("cohen_kappa").asDouble(), 1e-9);
        assertEquals(1, row.get("first_only").asInt());
    }

    @Test
    void sentenceUnitSplitsTurns() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "Anna: First thing. Second thing! Third?\n\nBen: One more.\n", Map.of());
        Document1 d = new Document1(p);
        Codings.add(p, "anna", List.of(d.coding("Second thing", "process")), "code");
        Codings.add(p, "ben", List.of(d.coding("Third", "process")), "code");
        Codings.done(p, "anna", List.of("d1"), true);
        Codings.done(p, "ben", List.of("d1"), true);
        JsonNode row = code(agreeJson("--coders", "anna,ben", "--unit", "sentence"), "care decisions/process");
        assertEquals(4, row.get("units").asInt());
        assertEquals(1, row.get("first_only").asInt());
        assertEquals(1, row.get("second_only").asInt());
        assertEquals(2, row.get("neither").asInt());
        // by turn, both coded turn 1
        JsonNode byTurn = code(agreeJson("--coders", "anna,ben"), "care decisions/process");
        assertEquals(1, byTurn.get("both").asInt());
    }

    /** Codings addressed by the text they cover. */
    record Document1(Project p) {
        Coding coding(String text, String code) {
            String s = p.document("d1").text().string();
            int at = s.indexOf(text);
            return new Coding("d1", at, at + text.length(), code, "t", Coding.now());
        }
    }

    @Test
    void badInputIsOneLineAndNonZero() {
        TestProjects.create(dir);
        CliRun unknown = thema("agree", dir.toString(), "--coders", "anna,zed");
        assertEquals(1, unknown.rc());
        assertTrue(unknown.err().startsWith("thema: coder 'anna' has no codings file"), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count());
        CliRun one = thema("agree", dir.toString(), "--coders", "anna");
        assertEquals(2, one.rc());
        CliRun unit = thema("agree", dir.toString(), "--coders", "anna,ben", "--unit", "word");
        assertEquals(2, unit.rc());
        assertTrue(unit.err().contains("unit 'word'"), unit.err());
    }

    @Test
    void threeCodersByCharacterWithMissingValuesAndOutputFormats() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "x".repeat(10), Map.of());
        TestProjects.addDocument(p, "d2", "y".repeat(10), Map.of());
        Codings.add(p, "a", List.of(new Coding("d1", 0, 5, "process", "a", Coding.now()), new Coding("d2", 0, 10, "process", "a", Coding.now())), "c");
        Codings.add(p, "b", List.of(new Coding("d1", 0, 5, "process", "b", Coding.now()), new Coding("d2", 0, 4, "process", "b", Coding.now())), "c");
        Codings.add(p, "c", List.of(new Coding("d1", 5, 10, "process", "c", Coding.now())), "c");
        Codings.done(p, "a", List.of("d1", "d2"), true);
        Codings.done(p, "b", List.of("d1", "d2"), true);
        Codings.done(p, "c", List.of("d1"), true);
        JsonNode r = agreeJson("--coders", "a,b,c", "--unit", "character");
        JsonNode row = code(r, "care decisions/process");
        // d1: 10 characters with three values; d2: c missing, 10 characters with two values
        assertEquals(20, row.get("units").asInt());
        assertEquals(10, row.get("complete_units").asInt());
        for (String key : List.of("code", "units", "percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "cells")) {
            assertTrue(row.has(key), key);
        }
        // by hand (coincidence matrix): d1 characters 0-4 values {1,1,0}, 5-9 {0,0,1}: each o_11 += 1, o_00 += 1
        // per unit (n_c(n_c-1)/(m-1) = 2/2); d2 0-3 {1,1}: o_11 += 2; 4-9 {1,0}: o_10 = o_01 += 1.
        // Fleiss over d1 by hand: P_i = 1/3 for every character, p_1 = 1/2, kappa = (1/3 - 1/2)/(1/2) = -1/3
        ReliabilityData expected = new ReliabilityData(3);
        expected.add(new int[]{1, 1, 0}, 5);
        expected.add(new int[]{0, 0, 1}, 5);
        expected.add(new int[]{1, 1, ReliabilityData.MISSING}, 4);
        expected.add(new int[]{1, 0, ReliabilityData.MISSING}, 6);
        assertEquals(expected.krippendorffAlpha().getAsDouble(), row.get("krippendorff_alpha").asDouble(), 1e-12);
        assertEquals(expected.fleissKappa().getAsDouble(), row.get("fleiss_kappa").asDouble(), 1e-12);
        assertTrue(row.get("cohen_kappa").isNull());
        assertEquals(0.0, row.get("percent_agreement").asDouble(), 1e-12, "no complete character has all three alike");

        CliRun md = thema("agree", dir.toString(), "--coders", "a,b,c", "--format", "md", "--unit", "character");
        assertEquals(0, md.rc(), md.err());
        assertTrue(md.out().contains("| care decisions/process | 20 | 0.0% | 0.0% | -0.333 |"), md.out());
        CliRun csv = thema("agree", dir.toString(), "--coders", "a,b,c", "--format", "csv");
        assertTrue(csv.out().startsWith("code,exclusive,units,complete_units,percent_agreement"), csv.out());
        assertTrue(csv.out().contains("\"care decisions/process\",false,2,1,100.0,100.0,,,,false,,,,,\"111:1 11.:1\""), csv.out());
    }

    @Test
    void singleUnitProject() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "Anna: only turn.\n", Map.of());
        codeTurn(p, "anna", "d1", 1, "process");
        codeTurn(p, "ben", "d1", 1, "process");
        Codings.done(p, "anna", List.of("d1"), true);
        Codings.done(p, "ben", List.of("d1"), true);
        JsonNode row = code(agreeJson("--coders", "anna,ben"), "care decisions/process");
        assertEquals(1, row.get("units").asInt());
        assertEquals(100.0, row.get("percent_agreement").asDouble(), 1e-12);
        assertTrue(row.get("cohen_kappa").isNull(), "one unit, one value: undefined");
        assertTrue(row.get("krippendorff_alpha").isNull());
        assertTrue(row.get("fleiss_kappa").isNull());
    }

    @Test
    void noDocumentDoneByTwoCodersGivesEmptyUndefinedReport() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", turns(2), Map.of());
        codeTurn(p, "anna", "d1", 1, "process");
        codeTurn(p, "ben", "d1", 1, "process");
        Codings.done(p, "anna", List.of("d1"), true);
        JsonNode r = agreeJson("--coders", "anna,ben");
        assertEquals(0, r.get("documents").size());
        assertEquals(0, r.get("overall").get("units").asInt());
        assertTrue(r.get("overall").get("krippendorff_alpha").isNull());
        assertTrue(r.get("overall").get("percent_agreement").isNull());
    }
}
