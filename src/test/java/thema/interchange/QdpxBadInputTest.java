package thema.interchange;

import thema.cli.CliRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.importing.TranscriptParser;
import thema.project.Coding;
import thema.project.Project;
import thema.project.ThemaException;

/**
 * A .qdpx is a zip from someone else: malicious and damaged archives are refused with one
 * line naming the file and the element, exit status 1, and the target directory untouched.
 * Also what real tools do differently: CRLF and a BOM in the text, several users, relative://
 * paths, .docx-only sources, categories that cannot be coded.
 */
class QdpxBadInputTest {
    private static final String USER_A = "11111111-1111-1111-1111-111111111111";
    private static final String USER_B = "22222222-2222-2222-2222-222222222222";
    private static final String CODE = "33333333-3333-3333-3333-333333333333";
    private static final String CHILD = "44444444-4444-4444-4444-444444444444";

    @TempDir
    Path tmp;

    static String project(String sources) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">\r\n"
                + "<Users><User guid=\"" + USER_A + "\" name=\"Anna Bé\"/><User guid=\"" + USER_B + "\" name=\"ben/k\"/></Users>\r\n"
                + "<CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"Category\" isCodable=\"false\" color=\"#abc\">"
                + "<Code guid=\"" + CHILD + "\" name=\"care\" isCodable=\"true\"/></Code></Codes></CodeBook>\r\n"
                + "<Sources>" + sources + "</Sources></Project>\r\n";
    }

    static String selection(String guid, int start, int end, String user) {
        return "<PlainTextSelection guid=\"" + guid + "\" name=\"sel\" startPosition=\"" + start + "\" endPosition=\"" + end + "\">"
                + "<Coding guid=\"" + guid.replace('5', '6') + "\" creatingUser=\"" + user + "\"><CodeRef targetGUID=\"" + CHILD + "\"/></Coding>"
                + "</PlainTextSelection>";
    }

    private Path archive(String name, Map<String, byte[]> entries) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        return Fixtures.zip(in.resolve(name), entries);
    }

    /** Runs the command, expects a one-line error naming the file and the problem, and nothing left behind. */
    private String refused(Path qdpx, String... expected) throws Exception {
        Path dir = tmp.resolve("out");
        CliRun r = CliRun.thema("import-qdpx", qdpx, dir);
        assertEquals(1, r.rc(), r.out() + r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("thema: " + qdpx.getFileName() + ": "), err);
        for (String e : expected) assertTrue(err.contains(e), "'" + e + "' in: " + err);
        assertFalse(Files.exists(dir), "target not created");
        assertEquals(new TreeSet<>(List.of("in")), names(tmp), "no temporary directory left behind");
        return err;
    }

    private static TreeSet<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static Map<String, byte[]> entries(Object... kv) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1] instanceof byte[] b ? b : Fixtures.utf8((String) kv[i + 1]));
        return m;
    }

    private static final String TEXT_SOURCE = "<TextSource guid=\"55555555-5555-5555-5555-555555555555\" name=\"one.txt\" plainTextPath=\"internal://one.txt\">";

    @Test
    void zipSlipIsRefused() throws Exception {
        Path f = archive("slip.qdpx", entries("project.qde", project(""), "../../evil.txt", "gotcha"));
        refused(f, "entry '../../evil.txt'", "zip slip");
        assertFalse(Files.exists(tmp.resolve("evil.txt")));
        assertFalse(Files.exists(tmp.getParent().resolve("evil.txt")));
        Path abs = archive("abs.qdpx", entries("project.qde", project(""), "/tmp/thema-evil-" + System.nanoTime(), "gotcha"));
        refused(abs, "zip slip");
    }

    @Test
    void zipBombsAreRefused() throws Exception {
        byte[] zeros = new byte[5 * 1024 * 1024];
        Path big = archive("bomb.qdpx", entries("project.qde", project(""), "sources/zeros.txt", zeros));
        assertTrue(Files.size(big) < 100_000, "compresses well: a bomb in miniature");
        Path dir = tmp.resolve("out");
        ThemaException e = assertThrows(ThemaException.class,
                () -> QdpxImport.run(big, dir, new QdpxImport.Options("en", false), new SafeZip.Limits(100, 1024 * 1024)));
        assertTrue(e.getMessage().startsWith("bomb.qdpx: entry 'sources/zeros.txt' takes the unpacked size over 1 MB"), e.getMessage());
        assertFalse(Files.exists(dir));

        Map<String, byte[]> many = entries("project.qde", project(""));
        for (int i = 0; i < 50; i++) many.put("sources/f" + i + ".txt", new byte[] {'x'});
        Path lots = archive("many.qdpx", many);
        ThemaException e2 = assertThrows(ThemaException.class,
                () -> QdpxImport.run(lots, dir, new QdpxImport.Options("en", false), new SafeZip.Limits(10, 1024 * 1024)));
        assertTrue(e2.getMessage().contains("many.qdpx: holds more than 10 entries"), e2.getMessage());
        assertFalse(Files.exists(dir));
        assertEquals(new TreeSet<>(List.of("in")), names(tmp));
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() throws Exception {
        Path secret = tmp.resolve("in").resolve("secret.txt");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        String err = refused(archive("xxe.qdpx", entries("project.qde", xxe)), "project.qde", "DOCTYPE");
        assertFalse(err.contains("SECRET"));
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE P [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><Project name=\"&b;\"/>";
        refused(archive("laughs.qdpx", entries("project.qde", laughs)), "DOCTYPE");
    }

    @Test
    void damagedArchivesAreRefused() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Path notZip = in.resolve("text.qdpx");
        Files.writeString(notZip, "this is not a zip archive");
        refused(notZip, "not a valid zip archive");
        refused(archive("noqde.qdpx", entries("sources/a.txt", "hello")), "no .qde project file inside");
        refused(archive("broken.qdpx", entries("project.qde", "<Project name=\"x\"><Users>")), "project.qde line", "malformed XML");
        refused(archive("wrongroot.qdpx", entries("project.qde", "<CodeBook/>")), "root element is <CodeBook>");
    }

    @Test
    void selectionsOutsideTheTextAndUnknownCodesNameTheElement() throws Exception {
        String out = project(TEXT_SOURCE + selection("55555555-aaaa-5555-5555-555555555555", 2, 50, USER_A) + "</TextSource>");
        refused(archive("range.qdpx", entries("project.qde", out, "sources/one.txt", "Hello")),
                "PlainTextSelection 55555555-aaaa-5555-5555-555555555555 ('sel') in TextSource 'one.txt'", "[2, 50) lie outside its text (0..5)");
        String neg = project(TEXT_SOURCE + selection("55555555-bbbb-5555-5555-555555555555", -1, 3, USER_A) + "</TextSource>");
        refused(archive("neg.qdpx", entries("project.qde", neg, "sources/one.txt", "Hello")), "startPosition '-1' is not a position");
        String none = project(TEXT_SOURCE + selection("55555555-dddd-5555-5555-555555555555", 0, 3, USER_A).replace(" endPosition=\"3\"", "") + "</TextSource>");
        refused(archive("noend.qdpx", entries("project.qde", none, "sources/one.txt", "Hello")),
                "PlainTextSelection 55555555-dddd-5555-5555-555555555555 ('sel') has no endPosition");
        String unknown = project(TEXT_SOURCE + selection("55555555-cccc-5555-5555-555555555555", 0, 3, USER_A)
                .replace(CHILD, "99999999-9999-9999-9999-999999999999") + "</TextSource>");
        refused(archive("code.qdpx", entries("project.qde", unknown, "sources/one.txt", "Hello")),
                "Coding 66666666-cccc-6666-6666-666666666666", "targetGUID 99999999-9999-9999-9999-999999999999 is not a code");
    }

    @Test
    void aNonEmptyTargetIsLeftAlone() throws Exception {
        Path f = archive("ok.qdpx", entries("project.qde", project("")));
        Path dir = tmp.resolve("busy");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun r = CliRun.thema("import-qdpx", f, dir);
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("is not empty"), r.err());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        // an existing empty directory is fine, and stays empty when the import fails
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        Path bad = archive("bad.qdpx", entries("project.qde", "<Project"));
        assertEquals(1, CliRun.thema("import-qdpx", bad, empty).rc());
        assertTrue(Files.isDirectory(empty) && names(empty).isEmpty());
        assertEquals(0, CliRun.thema("import-qdpx", f, empty).rc());
        assertTrue(Files.exists(empty.resolve("thema.yaml")));
    }

    @Test
    void crlfBomAndEmojiPositionsLandOnTheSameCharacters() throws Exception {
        // the other tool counted code points of the file as it is: CR LF is two characters, the BOM none
        String raw = "Line one 😀\r\nLine two é\r\nThird “line”";
        int lineTwo = raw.codePointCount(0, raw.indexOf("Line two"));
        int lineTwoEnd = raw.codePointCount(0, raw.indexOf("\r\nThird"));
        int emoji = raw.codePointCount(0, raw.indexOf("😀"));
        int third = raw.codePointCount(0, raw.indexOf("Third") + 5);
        int all = raw.codePointCount(0, raw.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(Fixtures.utf8(raw));
        String sources = "<TextSource guid=\"55555555-5555-5555-5555-555555555555\" name=\"Mabêl 2ième.txt\" plainTextPath=\"relative:///texts/mabel.txt\">"
                + selection("55555555-0001-5555-5555-555555555555", lineTwo, lineTwoEnd, USER_A)
                + selection("55555555-0002-5555-5555-555555555555", emoji, third, USER_B)
                + selection("55555555-0003-5555-5555-555555555555", 0, all, USER_B)
                + "</TextSource>";
        Path f = archive("crlf.qdpx", entries("Project.qde", project(sources), "Sources/texts/mabel.txt", bytes.toByteArray()));
        CliRun r = CliRun.thema("import-qdpx", f, tmp.resolve("out"));
        assertEquals(0, r.rc(), r.err());
        Project p = Project.open(tmp.resolve("out"));
        assertEquals(List.of("Anna-Bé", "ben-k"), List.copyOf(p.coders()), "one coder per user, names made valid");
        var doc = p.document("Mabêl-2ième");
        assertEquals("Line one 😀\nLine two é\nThird “line”", doc.text().string(), "stored without BOM and CRs");
        Coding a = p.coder("Anna-Bé").codings().get(0);
        assertEquals("Line two é", doc.text().substring(a.start(), a.end()));
        List<String> texts = p.coder("ben-k").codings().stream().map(c -> doc.text().substring(c.start(), c.end())).toList();
        assertTrue(texts.contains("😀\nLine two é\nThird"), texts.toString());
        assertTrue(texts.contains(doc.text().string()), texts.toString());
        // the category that cannot be coded stays as the parent; #abc becomes #aabbcc
        assertEquals(List.of("Category", "Category/care"), p.codebook().paths());
        assertEquals("#aabbcc", p.codebook().get("Category").color);
    }

    @Test
    void positionsCountedInUtf16UnitsAreRecognisedOrForced() throws Exception {
        // a Java/.NET/Qt tool counts 😀 as two units: "né" starts at 9 in UTF-16 units, at 7 in code points
        String raw = "Hi 😀 😀 né";
        int s16 = raw.indexOf("né");
        int e16 = raw.length();
        String sources = TEXT_SOURCE + selection("55555555-0001-5555-5555-555555555555", s16, e16, USER_A) + "</TextSource>";
        Path f = archive("utf16.qdpx", entries("project.qde", project(sources), "sources/one.txt", raw));
        CliRun r = CliRun.thema("import-qdpx", f, tmp.resolve("auto"));
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("note: 'one.txt': positions read as UTF-16 units (1 of 1 selections on word boundaries; code points: past the end)"), r.out());
        Project p = Project.open(tmp.resolve("auto"));
        Coding c = p.coder("Anna-Bé").codings().get(0);
        assertEquals("né", p.document("one").text().substring(c.start(), c.end()));

        // inside the text either way: auto keeps code points; --positions utf16 forces units
        String early = TEXT_SOURCE + selection("55555555-0002-5555-5555-555555555555", 3, 6, USER_A) + "</TextSource>";
        Path g = archive("early.qdpx", entries("project.qde", project(early), "sources/one.txt", raw));
        assertEquals(0, CliRun.thema("import-qdpx", g, tmp.resolve("cp")).rc());
        Project cp = Project.open(tmp.resolve("cp"));
        Coding a = cp.coder("Anna-Bé").codings().get(0);
        assertEquals("😀 😀", cp.document("one").text().substring(a.start(), a.end()));
        assertEquals(0, CliRun.thema("import-qdpx", g, tmp.resolve("u16"), "--positions", "utf16").rc());
        Project u = Project.open(tmp.resolve("u16"));
        Coding b = u.coder("Anna-Bé").codings().get(0);
        assertEquals("😀 ", u.document("one").text().substring(b.start(), b.end()));
        assertEquals(2, CliRun.thema("import-qdpx", g, tmp.resolve("bad"), "--positions", "bytes").rc());
    }

    @Test
    void aDocxSourceWithoutPlainTextIsRead() throws Exception {
        String docXml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>Interviewer: How was it?</w:t></w:r></w:p><w:p><w:r><w:t>Teacher: Fine, thanks.</w:t></w:r></w:p></w:body></w:document>";
        Path docx = tmp.resolve("doc.docx");
        Fixtures.zip(docx, entries("word/document.xml", docXml));
        String sources = "<TextSource guid=\"55555555-5555-5555-5555-555555555555\" name=\"talk.docx\" richTextPath=\"internal://talk.docx\">"
                + selection("55555555-0001-5555-5555-555555555555", 34, 38, USER_A) + "</TextSource>";
        Path f = archive("docx.qdpx", entries("project.qde", project(sources), "sources/talk.docx", Files.readAllBytes(docx)));
        CliRun r = CliRun.thema("import-qdpx", f, tmp.resolve("out"));
        assertEquals(0, r.rc(), r.err());
        Project p = Project.open(tmp.resolve("out"));
        var doc = p.document("talk");
        assertEquals("Interviewer: How was it?\nTeacher: Fine, thanks.", doc.text().string());
        Coding c = p.coder("Anna-Bé").codings().get(0);
        assertEquals("Fine", doc.text().substring(c.start(), c.end()));
        assertEquals(2, doc.turns().size());
    }

    @Test
    void aTextEntryOverTheTranscriptCapIsRefusedWhileUnpacking() throws Exception {
        // 1 MB of zip holding a text one byte over thema import's cap: written in chunks, never whole in memory
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Path f = in.resolve("big-text.qdpx");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            z.write(Fixtures.utf8(project(TEXT_SOURCE + "</TextSource>")));
            z.putNextEntry(new java.util.zip.ZipEntry("sources/one.txt"));
            byte[] chunk = "Interviewer: so? ".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            long left = TranscriptParser.MAX_FILE_BYTES + 1;
            while (left > 0) {
                int n = (int) Math.min(left, chunk.length);
                z.write(chunk, 0, n);
                left -= n;
            }
            z.closeEntry();
        }
        assertTrue(Files.size(f) < 2_000_000, "compresses well");
        refused(f, "entry 'sources/one.txt' unpacks to more than 100 MB (the cap for one text)");

        // and the caps of a smaller archive, for the .qde and for a text inside it
        Path small = archive("small.qdpx", entries("project.qde", project(TEXT_SOURCE + "</TextSource>"), "sources/one.txt", "x".repeat(2000)));
        SafeZip.Limits caps = new SafeZip.Limits(100, 1024 * 1024, 1000, 1024 * 1024);
        ThemaException e = assertThrows(ThemaException.class, () -> QdpxImport.run(small, tmp.resolve("out"), new QdpxImport.Options("en", false), caps));
        assertEquals("small.qdpx: entry 'sources/one.txt' unpacks to more than 1000 bytes (the cap for one text); refusing it (damaged or a zip bomb)", e.getMessage());
        SafeZip.Limits qdeCap = new SafeZip.Limits(100, 1024 * 1024, 1024 * 1024, 100);
        e = assertThrows(ThemaException.class, () -> QdpxImport.run(small, tmp.resolve("out"), new QdpxImport.Options("en", false), qdeCap));
        assertTrue(e.getMessage().startsWith("small.qdpx: entry 'project.qde' unpacks to more than 100 bytes (the cap for one project file)"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void inlineTextOverTheTranscriptCapIsRefused() {
        String tooLong = "a".repeat((int) TranscriptParser.MAX_FILE_BYTES + 1);
        ThemaException e = assertThrows(ThemaException.class, () -> SourceText.ofRaw(tooLong));
        assertEquals("its text is longer than the 100 MB a transcript may have", e.getMessage());
    }
}
