package thema.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.coding.Codings;
import thema.coding.reliability.Sample;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Json;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.Turn;
import thema.search.SpeakerNames;

/**
 * Agreement as a methods section reports it: units of chosen speakers only, bootstrapped 95%
 * intervals for alpha and kappa, and the reliability sample described (issue 15, item 13).
 */
class AgreementForMethodsTest {
    @TempDir
    Path dir;

    static JsonNode json(Object... args) throws Exception {
        CliRun r = thema(args);
        assertEquals(0, r.rc(), r.err());
        return Json.MAPPER.readTree(r.out());
    }

    static JsonNode row(JsonNode report, String code) {
        if (code.equals("(all codes)")) return report.get("overall");
        return AgreeCommandTest.code(report, code);
    }

    static List<JsonNode> rows(JsonNode report) {
        List<JsonNode> out = new ArrayList<>(List.of(report.get("overall")));
        report.get("codes").forEach(out::add);
        return out;
    }

    /** Units per cell pattern of a row, as "anna=coded,ben=not coded" -> units. */
    static Map<String, Long> cells(JsonNode row) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (JsonNode c : row.get("cells")) out.put(c.get("values").toString(), c.get("units").asLong());
        return out;
    }

    @Test
    void leavingOutTheInterviewerDropsOnlyTheirUncodedTurns() throws Exception {
        TestProjects.copyExample("care-study", dir);
        JsonNode all = json("agree", dir, "--coders", "anna,ben", "--format", "json");
        JsonNode teacher = json("agree", dir, "--coders", "anna,ben", "--format", "json", "--exclude-speaker", "interviewer");
        // 96 turns, 48 of them the interviewer's, which neither coder coded
        assertEquals(96, row(all, "care decisions").get("units").asInt());
        assertEquals(48, row(teacher, "care decisions").get("units").asInt());
        assertEquals(48, teacher.get("speakers").get("units_left_out").asInt());
        String neither = "{\"anna\":\"not coded\",\"ben\":\"not coded\"}";
        for (JsonNode code : teacher.get("codes")) {
            if (code.get("exclusive").asBoolean()) continue;
            Map<String, Long> expected = cells(row(all, code.get("code").asText()));
            expected.merge(neither, -48L, Long::sum);
            expected.values().removeIf(n -> n == 0);
            assertEquals(expected, cells(code), code.get("code").asText() + ": only the 48 uncoded interviewer turns go");
        }
        // the pooled alpha falls once the agreed "not coded" interviewer turns no longer count
        assertTrue(teacher.get("overall").get("krippendorff_alpha").asDouble() < all.get("overall").get("krippendorff_alpha").asDouble());
        // --speaker picks the same turns, names match in any case
        JsonNode only = json("agree", dir, "--coders", "anna,ben", "--format", "json", "--speaker", "TEACHER");
        assertEquals(teacher.get("codes"), only.get("codes"));
        CliRun table = thema("agree", dir, "--coders", "anna,ben", "--exclude-speaker", "Interviewer");
        assertTrue(table.out().lines().findFirst().orElseThrow().contains("Speakers: Interviewer left out (48 turns not compared)."), table.out());
    }

    @Test
    void aSentenceOrCharacterBelongsToTheSpeakerOfItsTurn() throws Exception {
        TestProjects.copyExample("care-study", dir);
        for (String unit : List.of("sentence", "character")) {
            long total = json("agree", dir, "--coders", "anna,ben", "--format", "json", "--unit", unit).get("overall").get("units").asLong();
            long interviewer = json("agree", dir, "--coders", "anna,ben", "--format", "json", "--unit", unit, "--speaker", "interviewer")
                    .get("overall").get("units").asLong();
            long others = json("agree", dir, "--coders", "anna,ben", "--format", "json", "--unit", unit, "--exclude-speaker", "interviewer")
                    .get("overall").get("units").asLong();
            assertTrue(interviewer > 0 && others > interviewer, unit);
            assertEquals(total, interviewer + others, unit + ": the two filters split the units between them");
        }
        // the characters of the interviewer's turns are exactly the length of those turns, per code row
        Project p = Project.open(dir);
        long chars = 0;
        for (Document d : p.documents()) for (Turn t : d.turns()) if ("Interviewer".equals(t.speaker())) chars += t.end() - t.start();
        JsonNode r = json("agree", dir, "--coders", "anna,ben", "--format", "json", "--unit", "character", "--speaker", "interviewer");
        assertEquals(chars, row(r, "care decisions").get("units").asLong());
    }

    @Test
    void anUnlabelledTurnAndTheBlankLinesBetweenTurnsHaveNoSpeaker() throws Exception {
        Project p = TestProjects.create(dir);
        // 23 characters without a label, 2 blank, "Interviewer: How?" 17, 2 blank, "Teacher: Like this." 19, a line break
        TestProjects.addDocument(p, "d1", "Just some words before.\n\nInterviewer: How?\n\nTeacher: Like this.\n", Map.of());
        for (String c : List.of("anna", "ben")) {
            AgreeCommandTest.codeTurn(p, c, "d1", 3, "care route");
            Codings.done(p, c, List.of("d1"), true);
        }
        assertEquals(64, p.document("d1").length());
        Object[] agree = {"agree", dir, "--coders", "anna,ben", "--format", "json", "--code", "care route"};
        java.util.function.BiFunction<String, List<String>, Long> units = (unit, filter) -> {
            List<Object> args = new ArrayList<>(List.of(agree));
            args.addAll(List.of("--unit", unit));
            args.addAll(filter);
            try {
                return row(json(args.toArray()), "(all codes)").get("units").asLong();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        assertEquals(3, units.apply("turn", List.of()));
        assertEquals(1, units.apply("turn", List.of("--speaker", "teacher")), "the unlabelled turn is nobody's");
        assertEquals(2, units.apply("turn", List.of("--exclude-speaker", "interviewer")), "... and is kept when a speaker is left out");
        assertEquals(19, units.apply("character", List.of("--speaker", "teacher")));
        assertEquals(64 - 17, units.apply("character", List.of("--exclude-speaker", "interviewer")), "blank lines are kept too");
        assertEquals(17 + 19, units.apply("character", List.of("--speaker", "teacher", "--speaker", "interviewer")));
        assertEquals(17, units.apply("character", List.of("--speaker", "teacher", "--speaker", "interviewer", "--exclude-speaker", "teacher")));
    }

    @Test
    void speakersMatchAsTheSearchFilterMatchesThem() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "Dr. Melissa Kó: Good morning.\n\nJan Peeters: Morning.\n\nINTERVIEWER: How are you?\n\n"
                + "Dr. Melissa Kó: Fine.\n", Map.of());
        for (String name : List.of("melissa", "Melissa Ko", "dr. melissa kó", "KO", "jan", "peeters jan", "interviewer", "nobody", "Dr")) {
            long bySearch = json("search", dir, "speaker:\"" + name + "\"", "--format", "json").get("total").asLong();
            long byRule = p.document("d1").turns().stream().filter(t -> SpeakerNames.matches(t.speaker(), name)).count();
            assertEquals(bySearch, byRule, name);
        }
        assertTrue(SpeakerNames.matches("Dr. Melissa Kó", "melissa ko"));
        assertTrue(!SpeakerNames.matches("Jan Peeters", "peeters jan"), "words in a row, in their order");
    }

    @Test
    void aSpeakerNobodyIsIsRefusedWithTheSpeakersThereAre() throws Exception {
        TestProjects.copyExample("care-study", dir);
        CliRun r = thema("agree", dir, "--coders", "anna,ben", "--exclude-speaker", "interviewr");
        assertEquals(1, r.rc(), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("speaker 'interviewr' matches no speaker of the compared documents (Interviewer, Teacher)"), r.err());
    }

    @Test
    void intervalsContainTheEstimateAreSeededAndLeaveTheEstimatesAlone() throws Exception {
        TestProjects.copyExample("care-study", dir);
        JsonNode plain = json("agree", dir, "--coders", "anna,ben", "--format", "json");
        JsonNode ci = json("agree", dir, "--coders", "anna,ben", "--format", "json", "--ci", "--seed", 11, "--draws", 2000);
        assertEquals(2000, ci.get("bootstrap").get("draws").asInt());
        assertEquals(11, ci.get("bootstrap").get("seed").asLong());
        assertEquals(96, ci.get("bootstrap").get("units").asInt());
        int checked = 0;
        for (int i = 0; i < rows(plain).size(); i++) {
            JsonNode a = rows(plain).get(i), b = rows(ci).get(i);
            for (String k : List.of("units", "percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "cells")) {
                assertEquals(a.get(k), b.get(k), a.get("code") + " " + k + ": --ci changes no estimate");
            }
            for (String k : List.of("krippendorff_alpha", "cohen_kappa")) {
                if (a.get(k).isNull()) {
                    assertTrue(b.get(k + "_ci").isNull());
                    continue;
                }
                double low = b.get(k + "_ci").get(0).asDouble(), high = b.get(k + "_ci").get(1).asDouble();
                double est = a.get(k).asDouble();
                assertTrue(low <= est && est <= high && high <= 1, a.get("code") + " " + k + ": " + low + " " + est + " " + high);
                checked++;
            }
        }
        assertTrue(checked >= 20, "rows with intervals: " + checked);
        // a row where the coders disagree somewhere has an interval of some width
        JsonNode route = row(ci, "care decisions/care route").get("krippendorff_alpha_ci");
        assertTrue(route.get(0).asDouble() < route.get(1).asDouble(), route.toString());
        JsonNode again = json("agree", dir, "--coders", "anna,ben", "--format", "json", "--ci", "--seed", 11, "--draws", 2000);
        assertEquals(ci, again, "the same seed gives the same intervals");
        JsonNode other = json("agree", dir, "--coders", "anna,ben", "--format", "json", "--ci", "--seed", 12, "--draws", 2000);
        assertNotEquals(ci.get("overall").get("krippendorff_alpha_ci"), other.get("overall").get("krippendorff_alpha_ci"));

        CliRun table = thema("agree", dir, "--coders", "anna,ben", "--ci", "--seed", 11);
        assertEquals(0, table.rc(), table.err());
        assertTrue(table.out().contains("alpha 95% CI") && table.out().contains("Cohen 95% CI"), table.out());
        assertTrue(table.out().contains("95% CI: percentile bootstrap, the 96 turns drawn with replacement 10000 times (seed 11)."), table.out());
        CliRun unseeded = thema("agree", dir, "--coders", "anna,ben", "--ci", "--draws", 1000);
        assertTrue(unseeded.out().matches("(?s).*drawn with replacement 1000 times \\(seed \\d+\\)\\..*"), "a drawn seed is printed: " + unseeded.out());
        CliRun csv = thema("agree", dir, "--coders", "anna,ben", "--ci", "--seed", 11, "--format", "csv");
        assertTrue(csv.out().lines().findFirst().orElseThrow().replace("\"", "").contains(
                "krippendorff_alpha,cohen_kappa_ci_low,cohen_kappa_ci_high,krippendorff_alpha_ci_low,krippendorff_alpha_ci_high,below_min_alpha"), csv.out());
    }

    /** The Cohen 2x2 example (20 both, 5 anna only, 10 ben only, 15 neither) repeated {@code times} times over. */
    private Path cohenProject(Path where, int times) {
        Project p = TestProjects.create(where);
        TestProjects.addDocument(p, "d1", AgreeCommandTest.turns(50 * times), Map.of());
        List<Coding> anna = new ArrayList<>(), ben = new ArrayList<>();
        for (int t = 1; t <= 50 * times; t++) {
            int k = (t - 1) % 50 + 1;
            int[] s = Codings.turnSpan(p.document("d1"), t);
            Coding c = new Coding("d1", s[0], s[1], "care route", "x", Coding.now());
            if (k <= 25) anna.add(c);
            if (k <= 20 || (k > 25 && k <= 35)) ben.add(c);
        }
        Codings.add(p, "anna", anna, "code");
        Codings.add(p, "ben", ben, "code");
        Codings.done(p, "anna", List.of("d1"), true);
        Codings.done(p, "ben", List.of("d1"), true);
        return where;
    }

    @Test
    void intervalsNarrowWithMoreUnits() throws Exception {
        double previous = Double.MAX_VALUE;
        for (int times : new int[]{1, 4, 16}) {
            Path p = cohenProject(dir.resolve("x" + times), times);
            JsonNode r = json("agree", p, "--coders", "anna,ben", "--code", "care route", "--format", "json", "--ci", "--seed", 1);
            JsonNode row = row(r, "care decisions/care route");
            assertEquals(0.4, row.get("cohen_kappa").asDouble(), 1e-9, "the same agreement at every size");
            JsonNode k = row.get("cohen_kappa_ci");
            double width = k.get(1).asDouble() - k.get(0).asDouble();
            assertTrue(k.get(0).asDouble() < 0.4 && 0.4 < k.get(1).asDouble(), k.toString());
            assertTrue(width < previous * 0.7, times + " times the units: width " + width + " after " + previous);
            // about 1/sqrt(n): four times the units, half the width
            if (previous != Double.MAX_VALUE) assertEquals(0.5, width / previous, 0.12);
            previous = width;
        }
    }

    @Test
    void badBootstrapOptionsAreUsageErrors() throws Exception {
        TestProjects.copyExample("care-study", dir);
        Object[][] bad = {
                {"--seed", 3},
                {"--ci", "--unit", "character"},
                {"--ci", "--draws", 10},
        };
        for (Object[] extra : bad) {
            List<Object> args = new ArrayList<>(List.of("agree", dir, "--coders", "anna,ben"));
            args.addAll(List.of(extra));
            CliRun r = thema(args.toArray());
            assertEquals(2, r.rc(), args + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    @Test
    void theSampleIsDescribedInAgreeAndTheDebriefingWithIntervals() throws Exception {
        TestProjects.copyExample("care-study", dir);
        assertEquals(0, thema("sample", dir, "--coders", "anna,ben", "--fraction", "0.5", "--by", "schooltype", "--seed", 7).rc());
        var s = Sample.load(Project.open(dir));
        String expected = "Reliability sample (reliability/sample.yaml): 3 of 6 documents, fraction 0.5, seed 7, strata by schooltype (";
        CliRun table = thema("agree", dir, "--coders", "anna,ben");
        assertTrue(table.out().contains(expected), table.out());
        assertTrue(table.out().contains(": " + String.join(", ", s.documents()) + "."), table.out());
        assertTrue(table.out().contains("Compared but not in the sample: "), "all six are done by both, three are in the sample: " + table.out());
        CliRun md = thema("agree", dir, "--coders", "anna,ben", "--format", "md", "--ci", "--seed", 2);
        assertTrue(md.out().contains(expected) && md.out().contains("| alpha 95% CI |"), md.out());
        JsonNode js = json("agree", dir, "--coders", "anna,ben", "--format", "json");
        assertEquals(7, js.get("sample").get("seed").asInt());
        assertEquals("schooltype", js.get("sample").get("by").asText());

        Path out = dir.resolve("debrief.md");
        CliRun debrief = thema("debrief", dir, "--coders", "anna,ben", out, "--seed", 5, "--exclude-speaker", "interviewer");
        assertEquals(0, debrief.rc(), debrief.err());
        String text = Files.readString(out);
        assertTrue(text.contains(expected), text);
        assertTrue(text.contains("| Cohen's kappa | kappa 95% CI | Fleiss' kappa | Krippendorff's alpha | alpha 95% CI |"), text);
        assertTrue(text.contains("the 48 turns drawn with replacement 10000 times (seed 5)"), text);
        assertTrue(text.contains("Speakers: interviewer left out (48 turns not compared)."), text);
    }
}
