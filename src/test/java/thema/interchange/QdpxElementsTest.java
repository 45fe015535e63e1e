package thema.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.coding.Memos;
import thema.coding.Themes;
import thema.project.Project;
import thema.project.TestProjects;

/** Nothing in a .qdpx is dropped silently: cases, sets, notes come in; links, graphs and the rest are counted. */
class QdpxElementsTest {
    @TempDir
    Path tmp;

    private static final String U = "11111111-0000-0000-0000-000000000001";
    private static final String K = "c0000000-0000-0000-0000-000000000001";
    private static final String L = "c0000000-0000-0000-0000-000000000002";
    private static final String CASE_CODE = "c0000000-0000-0000-0000-0000000000aa";
    private static final String S1 = "20000000-0000-0000-0000-000000000001";
    private static final String S2 = "20000000-0000-0000-0000-000000000002";
    private static final String S3 = "20000000-0000-0000-0000-000000000003";
    private static final String VAR = "50000000-0000-0000-0000-000000000001";

    private static String source(String guid, String name, String extra) {
        return "<TextSource guid=\"" + guid + "\" name=\"" + name + "\" plainTextPath=\"internal://" + guid + ".txt\">" + extra + "</TextSource>";
    }

    private static String coded(String guid, int a, int b, String code, String extra) {
        return "<PlainTextSelection guid=\"" + guid + "\" startPosition=\"" + a + "\" endPosition=\"" + b + "\" creatingUser=\"" + U + "\">"
                + "<Coding guid=\"" + guid.replace('3', '4') + "\"><CodeRef targetGUID=\"" + code + "\"/></Coding>" + extra + "</PlainTextSelection>";
    }

    private static String caseWith(String guid, String name, String value, String refs) {
        return "<Case guid=\"" + guid + "\" name=\"" + name + "\"><VariableValue><VariableRef targetGUID=\"" + VAR + "\"/><TextValue>" + value
                + "</TextValue></VariableValue>" + refs + "</Case>";
    }

    private static String note(String guid, String name, String text) {
        return "<Note guid=\"" + guid + "\" name=\"" + name + "\" creatingUser=\"" + U + "\" creationDateTime=\"2026-01-02T03:04:05Z\"><PlainTextContent>"
                + text + "</PlainTextContent></Note>";
    }

    private Path archive() throws Exception {
        String codes = "<Code guid=\"" + K + "\" name=\"k\" isCodable=\"true\"><NoteRef targetGUID=\"a0000000-0000-0000-0000-000000000002\"/></Code>"
                + "<Code guid=\"" + L + "\" name=\"l\" isCodable=\"true\"/>"
                + "<Code guid=\"c0000000-0000-0000-0000-0000000000ca\" name=\"Cases\" isCodable=\"false\"><Code guid=\"" + CASE_CODE + "\" name=\"Cleo\" isCodable=\"true\"/></Code>";
        String cases = "<Cases>"
                + caseWith("60000000-0000-0000-0000-000000000001", "first case", "one", "<SourceRef targetGUID=\"" + S1 + "\"/>")
                + caseWith("60000000-0000-0000-0000-000000000002", "Bert", "two", "")              // by name
                + caseWith(CASE_CODE, "Cleo", "three", "")                                          // by its node's coding (NVivo)
                + caseWith("60000000-0000-0000-0000-000000000004", "Nobody", "four", "")            // matches nothing
                + "</Cases>";
        String sources = source(S1, "Anna", coded("30000000-0000-0000-0000-000000000001", 0, 5, K,
                        "<NoteRef targetGUID=\"a0000000-0000-0000-0000-000000000004\"/>") + "<NoteRef targetGUID=\"a0000000-0000-0000-0000-000000000001\"/>")
                + source(S2, "Bert", coded("30000000-0000-0000-0000-000000000002", 0, 4, L, ""))
                + source(S3, "Cleo talk", coded("30000000-0000-0000-0000-000000000003", 0, 4, CASE_CODE, "")
                        + coded("30000000-0000-0000-0000-000000000005", 5, 9, K, ""));
        String notes = "<Notes>" + note("a0000000-0000-0000-0000-000000000001", "on Anna", "Anna was tired.")
                + note("a0000000-0000-0000-0000-000000000002", "on k", "k means keen.")
                + note("a0000000-0000-0000-0000-000000000003", "Plan", "Interview six teachers.")
                + note("a0000000-0000-0000-0000-000000000004", "on a quote", "Said twice.")
                + note("a0000000-0000-0000-0000-000000000005", "loose", "A loose thought.") + "</Notes>";
        String links = "<Links><Link guid=\"70000000-0000-0000-0000-000000000001\" originGUID=\"" + K + "\" targetGUID=\"" + L + "\"/></Links>";
        String sets = "<Sets><Set guid=\"e0000000-0000-0000-0000-000000000001\" name=\"gender: female\"><MemberSource targetGUID=\"" + S1 + "\"/>"
                + "<MemberSource targetGUID=\"" + S3 + "\"/></Set>"
                + "<Set guid=\"e0000000-0000-0000-0000-000000000002\" name=\"Teachers\"><MemberSource targetGUID=\"" + S2 + "\"/></Set>"
                + "<Set guid=\"e0000000-0000-0000-0000-000000000003\" name=\"Feelings\"><Description>How it felt.</Description>"
                + "<MemberCode targetGUID=\"" + K + "\"/><MemberCode targetGUID=\"" + L + "\"/></Set>"
                + "<Set guid=\"e0000000-0000-0000-0000-000000000004\" name=\"Empty\"/></Sets>";
        String graphs = "<Graphs><Graph guid=\"80000000-0000-0000-0000-000000000001\" name=\"map\"/><Graph guid=\"80000000-0000-0000-0000-000000000002\" name=\"map 2\"/></Graphs>";
        String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\" origin=\"some tool\">"
                + "<Users><User guid=\"" + U + "\" name=\"tester\"/></Users><CodeBook><Codes>" + codes + "</Codes></CodeBook>"
                + "<Variables><Variable guid=\"" + VAR + "\" name=\"Cases:Group\" typeOfVariable=\"Text\"/></Variables>" + cases
                + "<Sources>" + sources + "</Sources>" + notes + links + sets + graphs
                + "<NoteRef targetGUID=\"a0000000-0000-0000-0000-000000000003\"/></Project>";
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("project.qde", Fixtures.utf8(qde));
        m.put("sources/" + S1 + ".txt", Fixtures.utf8("Hello there"));
        m.put("sources/" + S2 + ".txt", Fixtures.utf8("Fine thanks"));
        m.put("sources/" + S3 + ".txt", Fixtures.utf8("Cleo says hi"));
        return Fixtures.zip(tmp.resolve("elements.qdpx"), m);
    }

    @Test
    void casesSetsAndNotesComeInAndTheRestIsCounted() throws Exception {
        CliRun r = CliRun.thema("import-qdpx", archive(), tmp.resolve("p"));
        assertEquals(0, r.rc(), r.err());
        Project p = Project.open(tmp.resolve("p"));
        // a case is never a code: Cleo and its category are gone, its coding made Cleo's document a member
        assertEquals(List.of("k", "l"), p.codebook().paths());
        assertEquals(3, p.coder("tester").codings().size(), "the coding on the case node is not a coding");
        assertEquals(Map.of("Group", "one", "gender", "female"), p.document("Anna").attributes());
        assertEquals(Map.of("Group", "two", "Teachers", "yes"), p.document("Bert").attributes());
        assertEquals(Map.of("Group", "three", "gender", "female"), p.document("Cleo-talk").attributes());
        assertTrue(r.out().contains("note: 1 case matches no source by SourceRef, coding or name; their attributes are not carried: 'Nobody' (1 value)"), r.out());
        // a set of codes is a theme
        Themes t = Themes.load(p);
        assertEquals(1, t.themes.size());
        assertEquals("Feelings", t.themes.get(0).name);
        assertEquals("How it felt.", t.themes.get(0).definition);
        assertEquals(List.of("k", "l"), t.themes.get(0).codes);
        // notes: on the source, on the code, on a selection (its coding's memo), on the project and loose ones
        Memos m = Memos.load(p, "tester");
        assertEquals("Anna was tired.", m.text(Memos.About.document("Anna")));
        assertEquals("k means keen.", m.text(Memos.About.code("k")));
        assertEquals(List.of("Plan\n\nInterview six teachers.", "loose\n\nA loose thought."),
                m.memos.stream().filter(x -> Boolean.TRUE.equals(x.journal)).map(x -> x.text).toList());
        assertEquals("2026-01-02T03:04:05Z", m.memos.get(0).time);
        assertEquals("Said twice.", p.coder("tester").codings().stream().filter(c -> c.doc().equals("Anna")).findFirst().orElseThrow().memo());
        // one closing line counts what thema does not carry
        List<String> lines = r.out().lines().toList();
        assertEquals("  note: not carried into thema: 1 Case matching no source, 2 Graphs, 1 Link, 1 Set with no imported source or code", lines.get(lines.size() - 1));
        assertEquals(0, CliRun.thema("check", tmp.resolve("p")).rc(), "the imported project checks clean");
    }

    @Test
    void nvivoStyleCasesAndAtlasStyleGroupsFromShared() throws Exception {
        Path nvivo = Fixtures.SHARED.resolve("edge-cases/nvivo_style_cases.qdpx");
        Path atlas = Fixtures.SHARED.resolve("edge-cases/atlas_style_groups.qdpx");
        Assumptions.assumeTrue(Files.isRegularFile(nvivo) && Files.isRegularFile(atlas), "../shared/interop/edge-cases absent: skipping");
        assertEquals(0, CliRun.thema("import-qdpx", nvivo, tmp.resolve("n")).rc());
        Project n = Project.open(tmp.resolve("n"));
        assertFalse(n.codebook().paths().stream().anyMatch(c -> c.startsWith("Cases")), n.codebook().paths().toString());
        assertEquals(Map.of("Age_group", "20-29", "Gender", "Female"), n.document("Anna-interview").attributes());
        CliRun r = CliRun.thema("import-qdpx", atlas, tmp.resolve("a"));
        assertEquals(0, r.rc());
        Project a = Project.open(tmp.resolve("a"));
        assertEquals(Map.of("gender", "female"), a.document("Mabel").attributes());
        assertEquals(List.of("Coke/diet Coke", "milk"), Themes.load(a).find("Breakfast food").codes);
        assertEquals("memo on Mabel\n\nMabel memo", Memos.load(a, "imported").memos.get(0).text);
        assertTrue(r.out().contains("not carried into thema: 1 PlainTextSelection without codings"), r.out());
    }

    @Test
    void aTextSourceWhoseOnlyFileIsAPdfIsSkippedLikeAPdfSource() throws Exception {
        String sources = "<TextSource guid=\"" + S1 + "\" name=\"report.pdf\" richTextPath=\"internal://" + S1 + ".pdf\">"
                + coded("30000000-0000-0000-0000-000000000001", 0, 8, K, "") + "</TextSource>"
                + source(S2, "plain", coded("30000000-0000-0000-0000-000000000002", 0, 4, K, ""));
        String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
                + "<Users><User guid=\"" + U + "\" name=\"tester\"/></Users><CodeBook><Codes><Code guid=\"" + K + "\" name=\"k\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sources>" + sources + "</Sources></Project>";
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("project.qde", Fixtures.utf8(qde));
        m.put("sources/" + S1 + ".pdf", Fixtures.utf8("%PDF-1.4 not text"));
        m.put("sources/" + S2 + ".txt", Fixtures.utf8("Fine thanks"));
        CliRun r = CliRun.thema("import-qdpx", Fixtures.zip(tmp.resolve("pdf.qdpx"), m), tmp.resolve("p"));
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("note: skipped TextSource 'report.pdf' (1 coding): its only file is a PDF: internal://" + S1
                + ".pdf, and thema reads plain text and .docx"), r.out());
        assertFalse(r.out().contains("(null)"), r.out());
        Project p = Project.open(tmp.resolve("p"));
        assertEquals(List.of("plain"), p.documents().stream().map(d -> d.id()).toList());
        assertEquals(1, p.coder("tester").codings().size());
    }

    @Test
    void qualCodersCasesWithoutSourceRefKeepTheirAttributesByName() throws Exception {
        Path f = Fixtures.SHARED.resolve("clients/qualcoder_care-roundtrip.qdpx");
        Assumptions.assumeTrue(Files.isRegularFile(f), "../shared/interop/clients absent: skipping");
        // QualCoder wrote the care-study's attributes on Cases named after the files, linked to none
        assertEquals(0, CliRun.thema("import-qdpx", f, tmp.resolve("q")).rc());
        Project q = Project.open(tmp.resolve("q"));
        Project care = TestProjects.copyExample("care-study", tmp.resolve("care"));
        int values = 0;
        for (var d : care.documents()) {
            assertEquals(d.attributes(), q.document(d.id()).attributes(), d.id());
            values += d.attributes().size();
        }
        assertEquals(18, values);
    }
}
