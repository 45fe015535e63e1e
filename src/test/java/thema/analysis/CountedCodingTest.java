package thema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.project.Json;
import thema.project.TestProjects;

/**
 * The default counted coding is the project's final coding (issue 15.2), through the command line.
 * Documents of two turns (Teacher, Parent); schooltype regular: t01 t03 t05 t07, special: t02 t04 t06,
 * priority: t08 (never coded).
 * els codes t01-t07 and marks all but t05 done; jan codes t01, t02, t07 (done).
 * t01: els {process, one-way}, jan {process, two-way}: turn 2 decided for els.
 * t02: els {care route}, jan {care route, process}: turn 2 decided for jan.
 * t07: els {process, ·}, jan {care route, one-way}: two disagreements, undecided.
 * els alone: t03 process; t04 process, two-way; t05 care route (in progress); t06 process (turn 2).
 * So the final coding is the consensus on t01, t02 and els on t03-t06.
 */
class CountedCodingTest {
    static final String COUNTED = "counted: consensus on t01, t02; els on t03-t06 (in progress: t05); "
            + "not counted: t07 (els, jan: 2 undecided), t08 (not coded)";

    @TempDir
    Path dir;
    String d;

    static void ok(CliRun r) {
        assertEquals(0, r.rc(), r.err() + r.out());
    }

    void code(String coder, String code, String doc, int turn) {
        ok(thema("code", d, "--coder", coder, "--code", code, "--doc", doc, "--turn", turn));
    }

    @BeforeEach
    void project() {
        var p = TestProjects.create(dir);
        d = dir.toString();
        String[] types = {"regular", "special", "regular", "special", "regular", "special", "regular", "priority"};
        for (int i = 1; i <= 8; i++) {
            TestProjects.addDocument(p, "t0" + i, "Teacher: we talked about the plan number " + i + ".\n\nParent: and I said what I thought of it.",
                    Map.of("schooltype", types[i - 1]));
        }
        code("els", "process", "t01", 1);
        code("els", "one-way", "t01", 2);
        code("jan", "process", "t01", 1);
        code("jan", "two-way", "t01", 2);
        code("els", "care route", "t02", 1);
        code("jan", "care route", "t02", 1);
        code("jan", "process", "t02", 2);
        code("els", "process", "t03", 1);
        code("els", "process", "t04", 1);
        code("els", "two-way", "t04", 2);
        code("els", "care route", "t05", 1);
        code("els", "process", "t06", 2);
        code("els", "process", "t07", 1);
        code("jan", "care route", "t07", 1);
        code("jan", "one-way", "t07", 2);
        ok(thema("done", d, "--coder", "els", "--doc", "t01", "--doc", "t02", "--doc", "t03", "--doc", "t04", "--doc", "t06", "--doc", "t07"));
        ok(thema("done", d, "--coder", "jan", "--doc", "t01", "--doc", "t02", "--doc", "t07"));
        ok(thema("consensus", d, "--coders", "els,jan", "--doc", "t01", "--turn", 2, "--accept", "A"));
        ok(thema("consensus", d, "--coders", "els,jan", "--doc", "t02", "--turn", 2, "--accept", "B"));
    }

    @Test
    void countsUseTheFinalCodingAndSayWhatWasCounted() throws Exception {
        CliRun table = thema("counts", d, "--by", "schooltype");
        ok(table);
        // process: consensus t02 (jan's decided turn), els t04 and t06: every special school, not "1 of 3"
        assertTrue(table.out().lines().anyMatch(l -> l.matches("\\s+special\\s+3\\s+3\\s+3 of 3\\s+█+")), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.matches("\\s+regular\\s+2\\s+2\\s+2 of 3\\s+█+")), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.matches("  process\\s+priority\\s+0\\s+0\\s+0 of 0\\s*")), "t08 is not counted: n = 0\n" + table.out());
        assertEquals(COUNTED, table.out().replaceAll("\\n  ", " ").lines().filter(l -> l.startsWith("counted:")).findFirst().orElseThrow());
        for (String line : table.out().lines().toList()) assertTrue(line.length() <= 80, "fits 80 columns: " + line);

        CliRun csv = thema("counts", d, "--by", "schooltype", "--format", "csv");
        List<String> lines = csv.out().lines().toList();
        assertEquals("code,attribute,value,segments,segments_total,documents,documents_in_group,counted", lines.get(0));
        assertTrue(lines.contains("\"care decisions/process\",schooltype,special,3,3,3,3,\"" + COUNTED + "\""), csv.out());
        assertEquals(1 + 6 * 3, lines.size(), "one coding: 6 codes × 3 groups, no coder column");

        JsonNode json = Json.MAPPER.readTree(thema("counts", d, "--format", "json").out());
        assertEquals(COUNTED, json.get("counted").get("description").asText());
        assertEquals("consensus", json.get("counted").get("documents").get(0).get("coding").asText());
        assertFalse(json.get("counted").get("documents").get(4).get("done").asBoolean(), "t05 is in progress");
        assertEquals("els, jan: 2 undecided", json.get("counted").get("not_counted").get(0).get("reason").asText());
        JsonNode process = json.get("rows").get(2);
        assertEquals("care decisions/process", process.get("code").asText());
        assertEquals(List.of(5, 5, 6), List.of(process.get("segments").asInt(), process.get("documents").asInt(), process.get("documents_in_group").asInt()));

        String md = thema("counts", d, "--format", "md").out();
        assertEquals(COUNTED, md.strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void everyWriteUpCommandCountsTheSameCoding() throws Exception {
        String within = thema("counts", d, "--within", "communication").out();
        // care decisions: t01 process over one-way? no: process is turn 1, one-way turn 2; so (none) for all 7 segments
        assertTrue(within.lines().anyMatch(l -> l.matches("care decisions\\s+0\\s+0\\s+7")), within);
        assertTrue(within.replaceAll("\\n  ", " ").contains(COUNTED), within);
        JsonNode co = Json.MAPPER.readTree(thema("cooccur", d, "--format", "json").out());
        assertEquals(COUNTED, co.get("counted").get("description").asText());
        assertTrue(thema("cooccur", d, "--format", "csv").out().lines().findFirst().orElseThrow().endsWith(",counted"));

        CliRun quotes = thema("quotes", d, "--code", "process", "--format", "csv");
        ok(quotes);
        List<String> rows = quotes.out().lines().skip(1).toList();
        assertEquals(5, rows.size(), quotes.out());
        assertTrue(rows.stream().anyMatch(r -> r.contains(",t02,2,Parent,t02/Parent,consensus,")), quotes.out());
        assertTrue(rows.stream().anyMatch(r -> r.contains(",t04,1,Teacher,t04/Teacher,els,")), quotes.out());
        assertTrue(rows.stream().noneMatch(r -> r.contains(",t07,")), "t07 is not decided: " + quotes.out());
        assertTrue(thema("quotes", d, "--code", "process").out().startsWith("*" + COUNTED + "*"));

        Files.writeString(dir.resolve("themes.yaml"), "themes:\n  - name: Deciding\n    codes: [care decisions/process]\n");
        CliRun themes = thema("themes", d, "--by", "schooltype");
        ok(themes);
        assertTrue(themes.out().contains("theme [special]: 3 segments, 3 of 3 documents"), themes.out());
        assertTrue(themes.out().replaceAll("\\n  ", " ").contains(COUNTED), themes.out());

        Path html = dir.resolve("report.html");
        ok(thema("report", d, html));
        String page = Files.readString(html);
        assertTrue(page.contains("<p class=\"counted\">counted: consensus on t01, t02; els on t03-t06 (in progress: t05); not counted: t07 (els, jan: 2 undecided), t08 (not coded)</p>"), page);
        assertTrue(page.contains("3 of 3"), page);
    }

    @Test
    void oneCoderStillCountsAloneAndTheOtherCasesAreNamed() {
        CliRun jan = thema("counts", d, "--coder", "jan", "--format", "csv");
        assertTrue(jan.out().contains("\"care decisions/process\",,,2,2,2,3,\"counted: jan on t01, t02, t07; not counted: t03-t06, t08 (not coded by jan)\""), jan.out());

        // t05: jan starts it too (not done): two coders, one unfinished; t06: jan agrees with els and finishes
        code("jan", "care route", "t05", 1);
        code("jan", "process", "t06", 2);
        ok(thema("done", d, "--coder", "jan", "--doc", "t06"));
        CliRun all = thema("counts", d, "--format", "csv");
        assertTrue(all.out().contains(",\"counted: consensus on t01, t02; els on t03, t04; els (jan agrees) on t06; "
                + "not counted: t05 (els, jan: both in progress), t07 (els, jan: 2 undecided), t08 (not coded)\""), all.out());
    }
}
