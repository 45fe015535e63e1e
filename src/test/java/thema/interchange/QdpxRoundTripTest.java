package thema.interchange;

import thema.cli.CliRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestProjects;

/** Export to .qdpx and back: nothing a researcher made is lost or moved. */
class QdpxRoundTripTest {
    @TempDir
    Path tmp;

    private Project careStudy() throws Exception {
        Path src = Path.of("examples/care-study");
        Assumptions.assumeTrue(Files.isDirectory(src), "examples/care-study absent: skipping");
        return TestProjects.copyExample("care-study", tmp.resolve("care-study"));
    }

    @Test
    void careStudyComesBackIdentical() throws Exception {
        Project a = careStudy();
        Path qdpx = tmp.resolve("care.qdpx");
        CliRun exp = CliRun.thema("export", a.dir(), "--qdpx", qdpx);
        assertEquals(0, exp.rc(), exp.err());
        CliRun imp = CliRun.thema("import-qdpx", qdpx, tmp.resolve("back"));
        assertEquals(0, imp.rc(), imp.err());
        Project b = Project.open(tmp.resolve("back"));
        assertSame(a, b);
        assertTrue(a.coders().size() >= 2 && a.coder("anna").codings().size() > 10, "the example has codings by two coders");
    }

    /** Codebook (with criteria and colours), documents, attributes, and every coding with its text. */
    static void assertSame(Project a, Project b) {
        assertEquals(new String(a.codebook().toYaml(), StandardCharsets.UTF_8), new String(b.codebook().toYaml(), StandardCharsets.UTF_8));
        List<String> ids = a.documents().stream().map(Document::id).toList();
        assertEquals(ids, b.documents().stream().map(Document::id).toList());
        for (Document d : a.documents()) {
            Document e = b.document(d.id());
            assertEquals(d.text().string(), e.text().string(), d.id());
            assertEquals(d.attributes(), e.attributes(), d.id());
            assertEquals(d.meta().sha256, e.meta().sha256);
        }
        assertEquals(List.copyOf(a.coders()), List.copyOf(b.coders()));
        for (String coder : a.coders()) {
            List<Coding> x = a.coder(coder).codings();
            List<Coding> y = b.coder(coder).codings();
            assertEquals(x.size(), y.size(), coder);
            for (int i = 0; i < x.size(); i++) {
                Coding c = x.get(i);
                Coding d = y.get(i);
                assertEquals(List.of(c.doc(), c.start(), c.end(), c.code()), List.of(d.doc(), d.start(), d.end(), d.code()));
                assertEquals(c.memo(), d.memo());
                assertEquals(c.time(), d.time());
                assertEquals(a.document(c.doc()).text().substring(c.start(), c.end()), b.document(d.doc()).text().substring(d.start(), d.end()));
            }
        }
    }

    @Test
    void exportIsValidAgainstTheOfficialSchema() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(Fixtures.XSD), "../shared/interop/schema.xsd absent: skipping the schema check");
        Project a = careStudy();
        Path qdpx = tmp.resolve("care.qdpx");
        QdpxExport.write(a, qdpx);
        try (ZipFile z = new ZipFile(qdpx.toFile())) {
            byte[] qde = z.getInputStream(z.getEntry("project.qde")).readAllBytes();
            Fixtures.validate(qde);
            String xml = new String(qde, StandardCharsets.UTF_8);
            assertTrue(xml.contains("Include: "), "criteria travel in the description");
            // every document's text is in the archive under the path the .qde names
            for (Document d : a.documents()) {
                String guid = Guids.of("source", a.name(), d.id());
                assertTrue(xml.contains("plainTextPath=\"internal://" + guid + ".txt\""));
                assertEquals(d.text().string(), new String(z.getInputStream(z.getEntry("sources/" + guid + ".txt")).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        // a second export is byte-identical: stable GUIDs
        Path again = tmp.resolve("again.qdpx");
        QdpxExport.write(a, again);
        try (ZipFile z1 = new ZipFile(qdpx.toFile()); ZipFile z2 = new ZipFile(again.toFile())) {
            assertEquals(new String(z1.getInputStream(z1.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8),
                    new String(z2.getInputStream(z2.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void unicodeMemosAndOddNamesSurvive() throws Exception {
        Project p = TestProjects.create(tmp.resolve("p"));
        String text = "Interviewer: Hoe ging het? 😀 “Goed”, zei ze.\n\nLeraar: Één gesprek 👩‍👧 met de ouders – daarna beslist.";
        Document d = TestProjects.addDocument(p, "gesprek.één", text, Map.of("school", "basis & <speciaal>"));
        int start = text.indexOf("Één");
        int cpStart = d.text().toCodePoint(start);
        int cpEnd = d.text().toCodePoint(text.indexOf(" – "));
        Map<String, List<Coding>> byCoder = new LinkedHashMap<>();
        byCoder.put("anna", List.of(new Coding("gesprek.één", cpStart, cpEnd, "care decisions/process", "memo with <xml> & “quotes” 😀", null, "anna", Coding.now())));
        byCoder.put("Ben.K", List.of(new Coding("gesprek.één", 0, d.text().length(), "communication/two-way", "anna", null)));
        Codings.addBatch(p, byCoder, "test");
        Path qdpx = tmp.resolve("u.qdpx");
        QdpxExport.write(p, qdpx);
        if (Files.isRegularFile(Fixtures.XSD)) {
            try (ZipFile z = new ZipFile(qdpx.toFile())) {
                Fixtures.validate(z.getInputStream(z.getEntry("project.qde")).readAllBytes());
            }
        }
        QdpxImport.run(qdpx, tmp.resolve("back"), new QdpxImport.Options("nl", false));
        Project b = Project.open(tmp.resolve("back"));
        assertSame(Project.open(p.dir()), b);
        assertEquals("Één gesprek 👩‍👧 met de ouders", b.document("gesprek.één").text().substring(
                b.coder("anna").codings().get(0).start(), b.coder("anna").codings().get(0).end()));
        assertEquals("nl", b.language());
    }

    @Test
    void criteriaInTheDescriptionComeBackIntact() {
        Code c = new Code("process").withDescription("How a decision is reached.\nSecond line.").withInclude("Meetings with parents;\nmultiple lines.")
                .withExclude("Division of labour (use coordination).").withExample("We had two meetings: then we agreed.");
        Code back = CodeTree.readDescription(CodeTree.description(c), new Code("process"));
        assertEquals(List.of(c.description, c.include, c.exclude, c.example), List.of(back.description, back.include, back.exclude, back.example));
        // only criteria, no description
        Code only = new Code("x").withExample("An example.");
        Code back2 = CodeTree.readDescription(CodeTree.description(only), new Code("x"));
        assertEquals(null, back2.description);
        assertEquals("An example.", back2.example);
        // a description from another tool that merely mentions "Include:" mid-paragraph stays a description
        Code other = CodeTree.readDescription("Use this when parents say Include: me.", new Code("y"));
        assertEquals("Use this when parents say Include: me.", other.description);
        assertEquals(null, other.include);
    }

    @Test
    void qdcCodebookRoundTripAndInit() throws Exception {
        Project a = careStudy();
        Path qdc = tmp.resolve("care.qdc");
        CliRun r = CliRun.thema("export", a.dir(), "--qdc", qdc);
        assertEquals(0, r.rc(), r.err());
        String xml = Files.readString(qdc);
        assertTrue(xml.contains("urn:QDA-XML:codebook:1.0"), xml.substring(0, 200));
        CliRun init = CliRun.thema("init", tmp.resolve("new"), "--codebook", qdc);
        assertEquals(0, init.rc(), init.err());
        Codebook back = Project.open(tmp.resolve("new")).codebook();
        assertEquals(new String(a.codebook().toYaml(), StandardCharsets.UTF_8), new String(back.toYaml(), StandardCharsets.UTF_8));
        assertFalse(back.exclusiveGroups().isEmpty(), "exclusive groups survive");
    }

    @Test
    void aHostileQdcIsRefusedByInit() throws Exception {
        Path qdc = tmp.resolve("evil.qdc");
        Files.writeString(qdc, "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"&x;\" isCodable=\"true\"/></Codes></CodeBook>");
        CliRun r = CliRun.thema("init", tmp.resolve("new"), "--codebook", qdc);
        assertEquals(1, r.rc());
        assertEquals("thema: evil.qdc: refusing a DOCTYPE declaration (DTDs and entities are not allowed in a REFI-QDA file)", r.err().strip());
        assertFalse(Files.exists(tmp.resolve("new")));
    }

    @Test
    void exportNeedsAFormat() throws Exception {
        Project a = TestProjects.create(tmp.resolve("p"));
        CliRun r = CliRun.thema("export", a.dir());
        assertEquals(2, r.rc());
        List<String> none = new ArrayList<>();
        try (var s = Files.list(tmp)) {
            s.forEach(f -> none.add(f.getFileName().toString()));
        }
        assertEquals(List.of("p"), none);
    }
}
