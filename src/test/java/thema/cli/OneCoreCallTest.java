package thema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;
import thema.coding.History;
import thema.coding.Memos;
import thema.project.Coding;
import thema.project.Attributes;
import thema.project.Codebook;
import thema.project.LastCoder;
import thema.project.Project;
import thema.project.TestProjects;

/** Each action is one core call that both shells use: the rules live in the core, the shells add only their words. */
class OneCoreCallTest {
    @TempDir
    Path tmp;

    private Project project() {
        Project p = TestProjects.create(tmp.resolve("p"));
        TestProjects.addDocument(p, "t1", "I: How did you choose?\nR: We talked it over at home, and then we called the school.\n", Map.of());
        return Project.open(tmp.resolve("p"));
    }

    @Test
    void codingStampsAuthorTimeAndMemoInTheCore() {
        Project p = project();
        var added = Codings.code(p, "anna", "t1", 25, 40, "care route", "  ");
        assertTrue(added.isPresent());
        Coding c = added.get();
        assertEquals("anna", c.author());
        assertTrue(c.time().endsWith("Z"), c.time());
        assertEquals(null, c.memo(), "a blank memo is no memo");
        assertEquals("care decisions/care route", c.code());
        assertEquals("code care route", History.load(p, "anna").toUndo().label(), "the label names the code as the coder gave it");
        assertTrue(Codings.code(p, "anna", "t1", 25, 40, "care route", null).isEmpty(), "the same coding twice is not added");
    }

    @Test
    void keyMarksEveryCodingOnTheSpanInOneUndoStep() {
        Project p = project();
        Codings.code(p, "anna", "t1", 25, 40, "care route", null);
        Codings.code(p, "anna", "t1", 25, 40, "process", null);
        CliRun key = thema("key", p.dir(), "--coder", "anna", "--doc", "t1", "--start", 25, "--end", 40);
        assertEquals(0, key.rc(), key.err());
        assertEquals("Marked 2 codings as key quotes", key.out().strip());
        Project after = Project.open(p.dir());
        assertTrue(after.coder("anna").codings().stream().allMatch(Coding::keyQuote));
        CliRun undo = thema("undo", p.dir(), "--coder", "anna");
        assertEquals(0, undo.rc(), undo.err());
        assertTrue(Project.open(p.dir()).coder("anna").codings().stream().noneMatch(Coding::keyQuote), "one undo takes back both marks");
        assertEquals(2, Project.open(p.dir()).coder("anna").codings().size());
    }

    @Test
    void memosOnDocumentsAndCodesAreReadAndWrittenTheSameWay() {
        Project p = project();
        Memos.write(p, "anna", Memos.About.document("t1"), "tired");
        Memos.write(p, "anna", Memos.About.code("care route"), "central");
        Memos m = Memos.load(p, "anna");
        assertEquals("tired", m.text(Memos.About.document("t1")));
        assertEquals("central", m.text(Memos.About.code("care decisions/care route")));
        assertEquals(null, m.text(Memos.About.code("process")));
        assertEquals(List.of("document t1", "code care decisions/care route"), m.memos.stream().map(Memos.Memo::about).toList());
    }

    @Test
    void theDefaultCoderIsOneRuleForTheWorkbenchAndCodebookEdits() {
        Project p = project();
        assertEquals("ben", LastCoder.orDefault(p, "ben"));
        String user = LastCoder.orDefault(p, null);
        assertTrue(user.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*"), "the login name made a coder name: " + user);
        LastCoder.remember(p, "els");
        assertEquals("els", LastCoder.orDefault(p, null));
        CliRun add = thema("add-code", p.dir(), "timing");
        assertEquals(0, add.rc(), add.err());
        assertEquals("new code timing", History.load(Project.open(p.dir()), "els").toUndo().label(), "the edit is in the last coder's history");
    }

    @Test
    void aCoreRemedyIsNamedAsTheFlagByTheCommandLine() throws Exception {
        Project p = project();
        Path f = tmp.resolve("t1.txt");
        java.nio.file.Files.writeString(f, "I: again\n");
        CliRun again = thema("import", p.dir(), f);
        assertEquals(1, again.rc());
        assertTrue(again.err().strip().endsWith("is already in the project (use --as ID to import it under another id)"), again.err());
    }

    @Test
    void unitIsAnEnumOptionPicocliListsAndRefuses() {
        Project p = project();
        CliRun help = thema("agree", "--help");
        assertTrue(help.out().contains("turn, sentence, character"), help.out());
        CliRun bad = thema("agree", p.dir(), "--coders", "anna,ben", "--unit", "word");
        assertEquals(2, bad.rc());
        assertEquals("thema: --unit 'word' is not one of turn, sentence, character; see thema agree --help", bad.err().strip());
        CliRun format = thema("counts", p.dir(), "--format", "xml");
        assertEquals(2, format.rc());
        assertEquals("thema: --format 'xml' is not one of table, csv, json, md; see thema counts --help", format.err().strip());
    }

    @Test
    void oneColourRuleAndOneListOfAttributeNames() {
        assertTrue(Codebook.isColor("#a1B2c3"));
        for (String bad : new String[]{"#abc", "red", "#12345g", "#1234567", null}) assertTrue(!Codebook.isColor(bad), bad);
        Project p = project();
        TestProjects.addDocument(p, "t2", "I: Hello?\nR: Hi.\n", Map.of("school", "special", "band", "new"));
        assertEquals(List.of("band", "school"), List.copyOf(Attributes.names(Project.open(p.dir()))));
    }
}
