package thema.coding.reliability;

import thema.cli.CliRun;
import thema.coding.Choice;
import thema.coding.Decision;
import thema.coding.Decisions;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.analysis.agreement.AgreeCommandTest;
import thema.coding.CodebookEdits;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Json;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.ThemaException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Disagreements, navigation, decisions and the consensus coder, through the core and the command line. */
class ConsensusTest {
    @TempDir
    Path dir;
    Project p;

    static final String D1 = "Anna: We called the parents first.\n\nBen: They told us what they wanted.\n\n"
            + "Anna: Then the care route was decided.\n\nBen: And the school agreed.\n";

    @BeforeEach
    void setUp() {
        p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", D1, Map.of());
        TestProjects.addDocument(p, "d2", "Anna: Short one.\n\nBen: Yes.\n", Map.of());
        code("anna", "d1", 1, "process", "first contact");
        code("ben", "d1", 1, "process", null);
        code("anna", "d1", 2, "one-way", null);
        code("ben", "d1", 2, "two-way", "they were asked");
        code("anna", "d1", 3, "care route", null);
        code("ben", "d1", 4, "process", null);
        code("anna", "d2", 1, "process", null);
        code("ben", "d2", 1, "process", null);
        Codings.done(p, "anna", List.of("d1", "d2"), true);
        Codings.done(p, "ben", List.of("d1", "d2"), true);
    }

    void code(String coder, String doc, int turn, String code, String memo) {
        int[] s = Codings.turnSpan(p.document(doc), turn);
        Codings.add(p, coder, List.of(new Coding(doc, s[0], s[1], code, memo, null, coder, Coding.now())), "code");
    }

    @Test
    void disagreementsInReadingOrderWithCodesAndMemos() {
        Disagreements all = Disagreements.of(p, "anna", "ben", null, null);
        assertEquals(3, all.size());
        assertEquals(List.of(2, 3, 4), all.all().stream().map(d -> d.turn().n()).toList());
        Disagreement t2 = all.get(0);
        assertEquals("They told us what they wanted.", t2.text());
        assertEquals(List.of("communication/one-way"), List.copyOf(t2.firstCodes()));
        assertEquals(List.of("communication/two-way"), List.copyOf(t2.secondCodes()));
        assertEquals(List.of("communication/two-way: they were asked"), t2.memos(false));
        assertTrue(all.get(1).secondCodes().isEmpty());
        // scoped to a code: only the communication disagreement
        assertEquals(1, Disagreements.of(p, "anna", "ben", null, "communication").size());
        assertEquals(0, Disagreements.of(p, "anna", "ben", "d2", null).size());
        // the side-by-side margin: every turn, agreeing or not
        List<TurnComparison> margin = Disagreements.sideBySide(p, "anna", "ben", "d1", null);
        assertEquals(List.of(true, false, false, false), margin.stream().map(TurnComparison::agrees).toList());
        assertEquals("first contact", margin.get(0).first().get(0).memo());
    }

    @Test
    void navigationNextAndPrevious() {
        Disagreements all = Disagreements.of(p, "anna", "ben", null, null);
        int t2 = p.document("d1").turn(2).start(), t4 = p.document("d1").turn(4).start();
        assertEquals(2, all.next("d1", 0).orElseThrow().turn().n());
        assertEquals(3, all.next("d1", t2 + 3).orElseThrow().turn().n(), "from inside turn 2, next is turn 3");
        assertEquals(3, all.previous("d1", t4).orElseThrow().turn().n());
        assertTrue(all.previous("d1", t2).isEmpty());
        assertTrue(all.next("d1", t4).isEmpty());
        assertTrue(all.next("d2", 0).isEmpty(), "d2 comes after d1 and has none");
    }

    @Test
    void decisionsBuildTheConsensusCoder() {
        Consensus.decide(p, "anna", "ben", "d1", 2, Choice.B, null, "both sides talked");
        var consensus = p.coder(Consensus.CODER);
        // agreed turns seeded (d1 turn 1, d2 turn 1), decided turn 2 from ben
        assertEquals(List.of("care decisions/process", "communication/two-way", "care decisions/process"),
                consensus.codings().stream().map(Coding::code).toList());
        assertEquals(List.of("d2"), consensus.done(), "d2 had no disagreement; d1 still has two open");
        assertEquals("first contact", consensus.codings().get(0).memo(), "memos travel with accepted codings");

        Consensus.decide(p, "anna", "ben", "d1", 3, Choice.NEITHER, null, null);
        Consensus.decide(p, "anna", "ben", "d1", 4, Choice.CODE, "care route", "it is about the route");
        consensus = p.coder(Consensus.CODER);
        assertEquals(List.of("d1", "d2"), consensus.done());
        int[] t4 = Codings.turnSpan(p.document("d1"), 4);
        assertTrue(consensus.codings().stream().anyMatch(c -> c.code().equals("care decisions/care route") && c.start() == t4[0] && c.end() == t4[1]));
        assertTrue(consensus.codings().stream().noneMatch(c -> c.overlaps("d1", p.document("d1").turn(3).start(), p.document("d1").turn(3).end())));

        // both coders' one-way and two-way would break the exclusive group: refused, nothing changed
        var both = assertThrows(ThemaException.class, () -> Consensus.decide(p, "anna", "ben", "d1", 2, Choice.BOTH, null, null));
        assertTrue(both.getMessage().contains("would put communication/one-way and communication/two-way on 'd1' turn 2, but 'communication' is exclusive"), both.getMessage());
        assertEquals(Choice.B, Decisions.load(Project.open(dir), null).find("d1", 2).orElseThrow().decision());

        // deciding again replaces the earlier decision and its codings
        Consensus.decide(p, "anna", "ben", "d1", 2, Choice.A, null, "changed our minds");
        consensus = p.coder(Consensus.CODER);
        int[] t2 = Codings.turnSpan(p.document("d1"), 2);
        assertEquals(List.of("communication/one-way"), consensus.codings().stream()
                .filter(c -> c.overlaps("d1", t2[0], t2[1])).map(Coding::code).sorted().toList());
        Decisions d = Decisions.load(Project.open(dir), List.of("anna", "ben"));
        assertEquals(3, d.decisions().size());
        assertEquals("changed our minds", d.find("d1", 2).orElseThrow().note());
        assertEquals(List.of("communication/one-way"), d.find("d1", 2).orElseThrow().first());
        assertEquals(0, Disagreements.of(p, "anna", "ben", null, null).undecided());
    }

    /** A snapshot of the files a decision writes. */
    String decisionFiles() throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        for (String f : List.of("codings/consensus.yaml", Decisions.FILE)) {
            Path x = dir.resolve(f);
            b.append(f).append(Files.exists(x) ? Files.readString(x) : "(none)").append('\n');
        }
        return b.toString();
    }

    @Test
    void aTurnWithoutDisagreementIsRefusedWithOneLine() throws Exception {
        String before = decisionFiles();
        // d1 turn 1: both applied process; d2 turn 2: neither applied anything
        for (String[] at : List.of(new String[]{"d1", "1"}, new String[]{"d2", "2"})) {
            var r = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", at[0], "--turn", at[1], "--accept", "A");
            assertEquals(1, r.rc(), r.out());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("'" + at[0] + "' turn " + at[1] + " is no disagreement: anna and ben applied the same codes there ("
                    + (at[0].equals("d1") ? "care decisions/process" : "none") + "), so there is nothing to decide"), r.err());
        }
        assertEquals(before, decisionFiles(), "nothing recorded");
        assertFalse(Files.exists(dir.resolve(Decisions.FILE)));
    }

    @Test
    void aNewCodeJoinsTheAgreedCodesAndReplacingIsItsOwnChoice() throws Exception {
        // d1 turn 2: anna {one-way, care route}, ben {two-way, care route}: they agree on care route
        code("anna", "d1", 2, "care route", null);
        code("ben", "d1", 2, "care route", null);
        int[] t2 = Codings.turnSpan(p.document("d1"), 2);
        var r = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", "d1", "--turn", "2", "--code", "process");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("new code care decisions/process with the agreed codes"), r.out());
        assertEquals(List.of("care decisions/care route", "care decisions/process"), consensusCodesOn(t2));

        r = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", "d1", "--turn", "2", "--code", "two-way");
        assertEquals(0, r.rc(), r.err());
        assertEquals(List.of("care decisions/care route", "communication/two-way"), consensusCodesOn(t2));

        r = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", "d1", "--turn", "2", "--code", "process", "--replace");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("new code care decisions/process replacing every code"), r.out());
        assertEquals(List.of("care decisions/process"), consensusCodesOn(t2));
        assertEquals(Choice.REPLACE, Decisions.load(Project.open(dir), null).find("d1", 2).orElseThrow().decision());
        assertTrue(Files.readString(dir.resolve(Decisions.FILE)).contains("decision: replace"));

        // d1 turn 4: anna {one-way}, ben {process, one-way}: two-way cannot join the agreed one-way
        code("anna", "d1", 4, "one-way", null);
        code("ben", "d1", 4, "one-way", null);
        String before = decisionFiles();
        r = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", "d1", "--turn", "4", "--code", "two-way");
        assertEquals(1, r.rc(), r.out());
        assertTrue(r.err().contains("'communication' is exclusive") && r.err().contains("replace the codes with the new one instead"), r.err());
        assertEquals(before, decisionFiles());
        r = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", "d1", "--turn", "4", "--code", "two-way", "--replace");
        assertEquals(0, r.rc(), r.err());
        assertEquals(List.of("communication/two-way"), consensusCodesOn(Codings.turnSpan(p.document("d1"), 4)));

        var usage = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", "d1", "--turn", "2", "--accept", "A", "--replace");
        assertEquals(2, usage.rc(), usage.err());
        assertTrue(usage.err().contains("--replace goes with --code"), usage.err());
    }

    List<String> consensusCodesOn(int[] span) {
        return Project.open(dir).coder(Consensus.CODER).codings().stream().filter(c -> c.overlaps("d1", span[0], span[1]))
                .map(Coding::code).sorted().toList();
    }

    @Test
    void refusesUnfinishedDocumentsAndAnotherPairWithoutWriting() {
        Codings.done(p, "ben", List.of("d2"), false);
        var e = assertThrows(ThemaException.class, () -> Consensus.decide(p, "anna", "ben", "d2", 1, Choice.A, null, null));
        assertTrue(e.getMessage().contains("not marked done by both"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("codings/consensus.yaml")));
        assertFalse(Files.exists(dir.resolve(Decisions.FILE)));
        Consensus.decide(p, "anna", "ben", "d1", 2, Choice.A, null, null);
        Codings.done(p, "carl", List.of("d1"), true);
        e = assertThrows(ThemaException.class, () -> Consensus.decide(p, "anna", "carl", "d1", 2, Choice.A, null, null));
        assertTrue(e.getMessage().contains("built from anna and ben"), e.getMessage());
    }

    @Test
    void commandLineCompareConsensusDebriefAndCounts() throws Exception {
        var compare = CliRun.thema("compare", dir.toString(), "--coders", "anna,ben");
        assertEquals(0, compare.rc(), compare.err());
        assertTrue(compare.out().contains("d1 turn 2 (Ben)"), compare.out());
        assertTrue(compare.out().contains("communication/two-way"), compare.out());
        assertTrue(compare.out().contains("memo: they were asked"), compare.out());
        assertTrue(compare.out().contains("3 disagreements on 1 document (3 undecided)"), compare.out());

        var decide = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", "d1", "--turn", "2",
                "--accept", "ben", "--note", "Ben heard the parents");
        assertEquals(0, decide.rc(), decide.err());
        assertTrue(decide.out().contains("accept ben"), decide.out());
        var newCode = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", "d1", "--turn", "3",
                "--code", "process");
        assertEquals(0, newCode.rc(), newCode.err());
        var both = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", "d1", "--turn", "4",
                "--accept", "A", "--code", "process");
        assertEquals(2, both.rc(), "--accept and --code exclude each other");
        var bad = CliRun.thema("consensus", dir.toString(), "--coders", "anna,ben", "--doc", "d1", "--turn", "4", "--accept", "maybe");
        assertEquals(1, bad.rc());
        assertTrue(bad.err().startsWith("thema: --accept 'maybe'"), bad.err());

        var json = CliRun.thema("compare", dir.toString(), "--coders", "anna,ben", "--format", "json");
        JsonNode rows = Json.MAPPER.readTree(json.out());
        assertEquals("b", rows.get(0).get("decision").get("decision").asText());
        assertTrue(rows.get(2).get("decision").isNull());

        Path out = dir.resolve("debrief.md");
        var debrief = CliRun.thema("debrief", dir.toString(), "--coders", "anna,ben", out.toString());
        assertEquals(0, debrief.rc(), debrief.err());
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(md.contains("## Agreement before consensus"), md);
        assertTrue(md.contains("| communication |"), md);
        assertTrue(md.contains("- decision: accept ben (Ben heard the parents)"), md);
        assertTrue(md.contains("- decision: new code care decisions/process"), md);
        assertTrue(md.contains("- decision: undecided"), md);
        assertTrue(md.contains("> They told us what they wanted."), md);

        // counts default to the final coding: the consensus where the pair decided every disagreement
        var counts = CliRun.thema("counts", dir.toString(), "--format", "json");
        assertEquals(0, counts.rc(), counts.err());
        JsonNode c = Json.MAPPER.readTree(counts.out());
        int oneWayRows = 0;
        for (JsonNode row : c.get("rows")) {
            if (!row.get("code").asText().equals("communication/one-way")) continue;
            oneWayRows++;
            // anna applied one-way on turn 2, but the consensus took ben's two-way
            assertEquals(0, row.get("segments").asInt(), row.toString());
        }
        assertEquals(1, oneWayRows, "one coding counted");
    }

    @Test
    void badDecisionsFileIsOneLineNamingIt() throws Exception {
        Files.createDirectories(dir.resolve("reliability"));
        Files.writeString(dir.resolve(Decisions.FILE), "coders: [anna, ben]\ndecisions:\n  - doc: d1\n    turn: 9\n    decision: a\n");
        var r = CliRun.thema("compare", dir.toString(), "--coders", "anna,ben");
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("decisions.yaml: decision 1: 'd1' has turns 1..4, not 9"), r.err());
        Files.writeString(dir.resolve(Decisions.FILE), "coders: [anna, ben]\ndecisions:\n  - doc: d1\n    turn: 2\n    decision: maybe\n");
        r = CliRun.thema("compare", dir.toString(), "--coders", "anna,ben");
        assertEquals(1, r.rc());
        assertTrue(r.err().startsWith("thema: ") && r.err().contains("decisions.yaml"), r.err());
        Files.writeString(dir.resolve(Decisions.FILE), "coders: [anna, ben]\nextra: 1\n");
        r = CliRun.thema("compare", dir.toString(), "--coders", "anna,ben");
        assertTrue(r.err().contains("unknown key 'extra'"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        // 'thema check' validates the file too
        var check = CliRun.thema("check", dir.toString());
        assertEquals(1, check.rc());
        assertTrue(check.err().contains("decisions.yaml") && check.err().contains("unknown key 'extra'"), check.err());
    }

    @Test
    void renamingACodeKeepsTheDecisionsValid() {
        Consensus.decide(p, "anna", "ben", "d1", 4, Choice.CODE, "care route", "route");
        CodebookEdits.rename(p, "anna", "care route", "route of care");
        Project again = Project.open(dir);
        Decision d = Decisions.load(again, List.of("anna", "ben")).find("d1", 4).orElseThrow();
        assertEquals("care decisions/route of care", d.code());
        assertEquals(List.of("care decisions/process"), d.second());
        assertEquals(3, Disagreements.of(again, "anna", "ben", null, null).size());
        // undoing the rename puts the decisions back too
        Codings.undo(again, "anna");
        assertEquals("care decisions/care route", Decisions.load(Project.open(dir), null).find("d1", 4).orElseThrow().code());
    }

    @Test
    void aCodingAcrossTurnsCountsOnEachAndIsCutToTurnsInTheConsensus() {
        Project q = TestProjects.create(dir.resolve("q"));
        TestProjects.addDocument(q, "d", "Anna: One 😀 two.\n\nGuest: Three four.\n\nAnna: Five.\n", Map.of());
        var d = q.document("d");
        int[] t1 = Codings.turnSpan(d, 1), t2 = Codings.turnSpan(d, 2), t3 = Codings.turnSpan(d, 3);
        Codings.add(q, "anna", List.of(new Coding("d", t1[0], t2[1], "process", "a", Coding.now())), "c");
        Codings.add(q, "ben", List.of(new Coding("d", t1[0], t1[1], "process", "b", Coding.now()),
                new Coding("d", t2[0], t2[1], "process", "b", Coding.now()), new Coding("d", t3[0], t3[1], "one-way", "b", Coding.now())), "c");
        Codings.done(q, "anna", List.of("d"), true);
        Codings.done(q, "ben", List.of("d"), true);
        Disagreements all = Disagreements.of(q, "anna", "ben", null, null);
        assertEquals(List.of(3), all.all().stream().map(x -> x.turn().n()).toList());
        assertEquals("Five.", all.get(0).text());
        Consensus.decide(q, "anna", "ben", "d", 3, Choice.NEITHER, null, null);
        List<Coding> c = q.coder(Consensus.CODER).codings();
        // anna's coding over turns 1-2 is cut to each turn (from its label start to its end)
        assertEquals(2, c.size(), c.toString());
        assertEquals(t1[0], c.get(0).start());
        assertEquals(t1[1], c.get(0).end());
        assertEquals(d.turn(2).start(), c.get(1).start());
        assertEquals(t2[1], c.get(1).end());
        assertEquals(List.of("d"), q.coder(Consensus.CODER).done());
    }
}
