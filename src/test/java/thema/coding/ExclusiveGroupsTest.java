package thema.coding;

import thema.project.Code;
import thema.project.Codebook;
import thema.project.Coding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.analysis.agreement.Agreement;
import thema.analysis.agreement.UnitKind;
import thema.bench.AgreeBench;
import thema.bench.Bench;
import thema.cli.CliRun;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.TestTrees;

/** Exclusive groups (communication: one-way | two-way) are alternatives: one coder never puts two of them on the same text. */
class ExclusiveGroupsTest {
    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void project() {
        p = TestProjects.create(dir);
        TestProjects.addDocument(p, "t1", "Teacher: We told the parents. Then we asked them what they wanted.\n\nTeacher: A letter.\n", Map.of());
    }

    CliRun code(String coder, String code, int turn) {
        return CliRun.thema("code", dir, "--coder", coder, "--code", code, "--doc", "t1", "--turn", turn);
    }

    @Test
    void codeRefusesASecondAlternativeOnTheSameTextAndChangesNothing() throws IOException {
        assertEquals(0, code("anna", "one-way", 1).rc());
        String before = TestTrees.snapshot(dir);
        CliRun r = code("anna", "two-way", 1);
        assertEquals(1, r.rc(), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("thema: coder 'anna' has communication/one-way [9, 66) on t1, which communication/two-way [9, 66) would overlap:"), r.err());
        assertTrue(r.err().contains("'communication' is exclusive"), r.err());
        assertEquals(before, TestTrees.snapshot(dir), "nothing changed on disk");

        // a span that shares one character is refused too; one that touches it is not
        int[] t1 = Codings.turnSpan(p.document("t1"), 1);
        r = CliRun.thema("code", dir, "--coder", "anna", "--code", "two-way", "--doc", "t1", "--start", t1[1] - 1, "--end", t1[1]);
        assertEquals(1, r.rc(), r.out());
        assertEquals(0, code("anna", "two-way", 2).rc(), "another turn is free");
        // the same alternative again, another coder, and a code outside the group are all fine
        assertEquals(0, code("ben", "two-way", 1).rc());
        assertEquals(0, code("anna", "process", 1).rc());
        assertEquals(0, code("anna", "communication", 1).rc(), "the group itself is no alternative");
    }

    @Test
    void batchAndAutocodeAreRefusedAsAWhole() throws IOException {
        assertEquals(0, code("anna", "one-way", 1).rc());
        Path csv = dir.getParent().resolve(dir.getFileName() + "-batch.csv");
        Files.writeString(csv, "coder,code,doc,turn\nben,process,t1,1\nanna,two-way,t1,1\n", StandardCharsets.UTF_8);
        String before = TestTrees.snapshot(dir);
        CliRun r = CliRun.thema("code", dir, "--batch", csv);
        assertEquals(1, r.rc(), r.out());
        assertTrue(r.err().startsWith("thema: " + csv + ": coder 'anna' has communication/one-way"), r.err());
        assertEquals(before, TestTrees.snapshot(dir), "not even ben's row is saved");

        // two alternatives within one batch clash with each other
        Files.writeString(csv, "coder,code,doc,turn\nben,one-way,t1,2\nben,two-way,t1,2\n", StandardCharsets.UTF_8);
        r = CliRun.thema("code", dir, "--batch", csv);
        assertEquals(1, r.rc(), r.out());
        assertTrue(r.err().contains("coder 'ben' has communication/one-way"), r.err());

        r = CliRun.thema("autocode", dir, "asked", "--coder", "anna", "--code", "two-way", "--unit", "sentence");
        assertEquals(1, r.rc(), r.out());
        assertTrue(r.err().contains("'communication' is exclusive"), r.err());
        r = CliRun.thema("autocode", dir, "asked", "--coder", "anna", "--code", "two-way", "--unit", "sentence", "--dry-run");
        assertEquals(1, r.rc(), "a dry run says the run would be refused: " + r.out());
        assertEquals(before, TestTrees.snapshot(dir));
    }

    @Test
    void checkNamesExistingClashesAndAgreeReportsThemInsteadOfACategory() throws IOException {
        // as an import or a hand edit leaves it: two alternatives on overlapping text
        Files.writeString(dir.resolve("codings/anna.yaml"), """
                coder: anna
                done: [t1]
                codings:
                  - {doc: t1, start: 9, end: 66, code: communication/one-way}
                  - {doc: t1, start: 30, end: 66, code: communication/two-way}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("codings/ben.yaml"), """
                coder: ben
                done: [t1]
                codings:
                  - {doc: t1, start: 9, end: 66, code: communication/two-way}
                """, StandardCharsets.UTF_8);
        CliRun check = CliRun.thema("check", dir);
        assertEquals(1, check.rc(), check.out());
        assertTrue(check.err().contains("anna.yaml: communication/one-way [9, 66) and communication/two-way [30, 66) on t1 overlap"), check.err());
        assertTrue(check.err().contains("1 pair of codings break an exclusive group"), check.err());
        assertFalse(check.out().startsWith("OK"), check.out());

        for (String unit : List.of("turn", "sentence", "character")) {
            CliRun agree = CliRun.thema("agree", dir, "--coders", "anna,ben", "--unit", unit, "--format", "json");
            assertEquals(1, agree.rc(), agree.out());
            assertFalse(agree.out().contains("one-way+two-way"), "no invented category: " + agree.out());
            assertTrue(agree.err().contains("anna.yaml: communication/one-way [9, 66) and communication/two-way [30, 66) on t1 overlap"), agree.err());
            assertEquals(1, agree.err().strip().lines().count(), agree.err());
        }
        // a row that does not compare the group is not concerned
        assertEquals(0, CliRun.thema("agree", dir, "--coders", "anna,ben", "--code", "care decisions").rc());

        // once one of the pair is gone, both are content
        assertEquals(0, CliRun.thema("uncode", dir, "--coder", "anna", "--code", "two-way", "--doc", "t1", "--start", 30, "--end", 66).rc());
        assertEquals(0, CliRun.thema("check", dir).rc());
        assertEquals(0, CliRun.thema("agree", dir, "--coders", "anna,ben").rc());
    }

    @Test
    void agreeByTurnRefusesATurnHoldingTwoAlternativesOnDifferentSentences() {
        // no overlap, so the coding is allowed; but a turn has one value of the group
        CliRun one = CliRun.thema("code", dir, "--coder", "anna", "--code", "one-way", "--doc", "t1", "--start", 9, "--end", 29);
        assertEquals(0, one.rc(), one.err());
        CliRun two = CliRun.thema("code", dir, "--coder", "anna", "--code", "two-way", "--doc", "t1", "--start", 30, "--end", 66);
        assertEquals(0, two.rc(), two.err());
        assertEquals(0, code("ben", "two-way", 1).rc());
        assertEquals(0, CliRun.thema("done", dir, "--coder", "anna", "--doc", "t1").rc());
        assertEquals(0, CliRun.thema("done", dir, "--coder", "ben", "--doc", "t1").rc());
        assertEquals(0, CliRun.thema("check", dir).rc());
        CliRun turn = CliRun.thema("agree", dir, "--coders", "anna,ben");
        assertEquals(1, turn.rc(), turn.out());
        assertFalse(turn.out().contains("one-way+two-way"), turn.out());
        assertEquals("thema: anna applied several alternatives of the exclusive group 'communication' in one turn of 't1' (turn 1, [0, 66)), each on its own part:"
                + " a unit has one value of the group, so compare with a finer --unit (sentence or character)", turn.err().strip());
        for (String unit : List.of("sentence", "character")) {
            CliRun fine = CliRun.thema("agree", dir, "--coders", "anna,ben", "--unit", unit, "--format", "json");
            assertEquals(0, fine.rc(), unit + ": " + fine.err());
            assertFalse(fine.out().contains("+"), fine.out());
        }
    }

    @Test
    void movingACodeIntoAnExclusiveGroupIsRefusedWhenItsCodingsWouldClash() throws IOException {
        assertEquals(0, code("anna", "one-way", 1).rc());
        assertEquals(0, code("anna", "process", 1).rc());
        String before = TestTrees.snapshot(dir);
        CliRun r = CliRun.thema("move-code", dir, "process", "--to", "communication");
        assertEquals(1, r.rc(), r.out());
        assertTrue(r.err().contains("would break an exclusive group in anna's codings: communication/one-way [9, 66) and communication/process [9, 66) on t1 overlap"), r.err());
        assertEquals(before, TestTrees.snapshot(dir));
        assertEquals(0, CliRun.thema("move-code", dir, "care route", "--to", "communication").rc(), "a code nobody used there moves");
    }

    @Test
    void theBenchmarkProjectsObeyTheRuleSoTheBenchmarksStillRun() throws IOException {
        Project counts = Bench.codedProject(dir.resolve("counts"), 12, 300, 3000, "anna", "ben");
        Project agree = AgreeBench.build(dir.resolve("agree"), 12, 3000, 300);
        for (Project q : List.of(counts, agree)) {
            ExclusiveGroups g = ExclusiveGroups.of(q.codebook());
            assertFalse(q.codebook().exclusiveGroups().isEmpty());
            for (String c : List.of("anna", "ben")) assertEquals(List.of(), g.in(q.coder(c).codings()), c);
            var report = Agreement.compute(q, List.of("anna", "ben"), null, UnitKind.TURN);
            var group = report.rows().stream().filter(r -> r.exclusive()).findFirst().orElseThrow();
            assertTrue(group.percentAgreement().orElseThrow() < 100, "the coders still disagree on the group somewhere");
        }
    }

    @Test
    void aNestedGroupKeepsItsAlternativesApartAndTheirSubcodesCountAsThem() {
        Code oneWay = new Code("one-way", List.of(new Code("letter")));
        Code comm = new Code("communication", List.of(oneWay, new Code("two-way"))).withExclusive(true);
        Code care = new Code("care", List.of(comm));
        ExclusiveGroups g = ExclusiveGroups.of(new Codebook(new java.util.ArrayList<>(List.of(care)), "test"));
        assertEquals("care/communication", g.groupSeparating("care/communication/one-way/letter", "care/communication/two-way").orElseThrow());
        assertTrue(g.groupSeparating("care/communication/one-way/letter", "care/communication/one-way").isEmpty());
        assertTrue(g.groupSeparating("care/communication", "care/communication/two-way").isEmpty());
        Coding a = new Coding("d", 0, 10, "care/communication/one-way/letter", "a", null);
        Coding b = new Coding("d", 9, 20, "care/communication/two-way", "a", null);
        Coding c = new Coding("d", 10, 20, "care/communication/two-way", "a", null);
        assertEquals(1, g.in(List.of(a, b)).size());
        assertEquals(0, g.in(List.of(a, c)).size(), "end exclusive: touching is not overlapping");
    }
}
