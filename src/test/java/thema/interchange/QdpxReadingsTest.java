package thema.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import thema.cli.CliRun;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;

/**
 * Position readings: every file other tools wrote (../shared/interop/clients, edge-cases) and
 * small archives made here, one per reading, import with the default {@code --positions auto}
 * with every coding on the text the archive gives under the tool's known way of counting
 * (computed here from the archive, not by thema), and the import says what it chose.
 */
class QdpxReadingsTest {
    @TempDir
    Path tmp;

    /** How each client counts, as ../shared/interop/README.md documents it. */
    private static final Map<String, String> CLIENTS = Map.of(
            "qc-1.7.6_export.qdpx", "codepoints-crlf1",
            "qualcoder_care-roundtrip.qdpx", "codepoints",
            "qualcoder_care_maxqda-line-endings.qdpx", "codepoints-crlf1",
            "qualcoder_gui-positions.qdpx", "utf16");

    private static final String USER = "11111111-0000-0000-0000-000000000001";
    private static final String CODE = "c0000000-0000-0000-0000-000000000001";

    // ---- the files of other tools ----

    @Test
    void everyClientExportLandsOnTheTextItsToolCoded() throws Exception {
        Path dir = Fixtures.SHARED.resolve("clients");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/interop/clients absent: skipping");
        for (var e : CLIENTS.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Assumptions.assumeTrue(Files.isRegularFile(f), f + " absent: skipping");
            Archive a = Archive.read(f);
            Map<String, List<String>> expected = a.codedTexts(e.getValue());
            CliRun r = CliRun.thema("import-qdpx", f, tmp.resolve(e.getKey()));
            assertEquals(0, r.rc(), e.getKey() + ": " + r.err());
            assertEquals(expected, codedTexts(Project.open(tmp.resolve(e.getKey()))), e.getKey());
            assertEveryTextSourceReported(a, r.out());
        }
    }

    @Test
    void everyEdgeCaseImportsWithTheCodingsOfExpectedJson() throws Exception {
        Path dir = Fixtures.SHARED.resolve("edge-cases");
        Path json = dir.resolve("expected.json");
        Assumptions.assumeTrue(Files.isRegularFile(json), "../shared/interop/edge-cases absent: skipping");
        JsonNode expectedAll = new ObjectMapper().readTree(json.toFile());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".qdpx")).sorted().toList();
        }
        assertTrue(files.size() >= 9, files.toString());
        for (Path f : files) {
            String name = f.getFileName().toString();
            CliRun r = CliRun.thema("import-qdpx", f, tmp.resolve(name));
            assertEquals(0, r.rc(), name + ": " + r.err());
            Archive a = Archive.read(f);
            // the expected codings of expected.json; for a file it does not list, the archive's own text by code points
            Map<String, List<String>> expected = new TreeMap<>();
            JsonNode listed = expectedAll.get(name);
            if (listed == null) {
                expected = a.codedTexts("codepoints");
            } else {
                for (var src = listed.fields(); src.hasNext(); ) {
                    var s = src.next();
                    List<String> list = new ArrayList<>();
                    for (JsonNode c : s.getValue()) list.add(c.get(2).asText() + " = " + c.get(3).asText());
                    list.sort(null);
                    expected.put(s.getKey(), list);
                }
            }
            assertEquals(expected, codedTexts(Project.open(tmp.resolve(name))), name);
            assertEveryTextSourceReported(a, r.out());
        }
    }

    /** Each text source with its text is named in a note of the reading chosen, or counted among those where every reading agrees. */
    private static void assertEveryTextSourceReported(Archive a, String out) {
        int agreeing = 0;
        var m = java.util.regex.Pattern.compile("positions of (\\d+) sources? land on the same characters under every reading").matcher(out);
        if (m.find()) agreeing = Integer.parseInt(m.group(1));
        int named = 0;
        for (String s : a.texts.keySet()) if (out.contains("note: '" + s + "': positions read as ")) named++;
        assertEquals(a.texts.size(), named + agreeing, out);
    }

    /** Per document source name: "code = coded text", sorted; codes named by their path. */
    private static Map<String, List<String>> codedTexts(Project p) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String coder : p.coders()) {
            for (Coding c : p.coder(coder).codings()) {
                Document d = p.document(c.doc());
                out.computeIfAbsent(d.meta().source, k -> new ArrayList<>()).add(c.code() + " = " + d.text().substring(c.start(), c.end()));
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /** An archive read with the JDK alone: each TextSource's text (BOM removed) and its coded selections. */
    private record Archive(Map<String, String> texts, Map<String, List<String[]>> selections) {
        static Archive read(Path f) throws Exception {
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, List<String[]>> sels = new LinkedHashMap<>();
            try (ZipFile z = new ZipFile(f.toFile())) {
                ZipEntry qde = z.stream().filter(x -> x.getName().toLowerCase(Locale.ROOT).endsWith(".qde")).findFirst().orElseThrow();
                DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
                dbf.setNamespaceAware(true);
                dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Element root;
                try (InputStream in = z.getInputStream(qde)) {
                    root = dbf.newDocumentBuilder().parse(in).getDocumentElement();
                }
                Map<String, String> codes = new HashMap<>();
                var cl = root.getElementsByTagNameNS("*", "Code");
                for (int i = 0; i < cl.getLength(); i++) {
                    Element c = (Element) cl.item(i);
                    StringBuilder path = new StringBuilder(c.getAttribute("name").replace("/", "-"));
                    for (var n = c.getParentNode(); n instanceof Element pe && "Code".equals(pe.getLocalName()); n = n.getParentNode()) {
                        path.insert(0, pe.getAttribute("name").replace("/", "-") + "/");
                    }
                    codes.put(c.getAttribute("guid"), path.toString());
                }
                var sl = root.getElementsByTagNameNS("*", "TextSource");
                for (int i = 0; i < sl.getLength(); i++) {
                    Element s = (Element) sl.item(i);
                    String path = s.getAttribute("plainTextPath").replaceFirst("^internal://", "");
                    if (!path.toLowerCase(Locale.ROOT).endsWith(".txt")) continue;
                    ZipEntry t = z.stream().filter(x -> x.getName().equalsIgnoreCase("sources/" + path) || x.getName().equalsIgnoreCase(path)).findFirst().orElse(null);
                    if (t == null) continue;
                    String text = new String(z.getInputStream(t).readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
                    texts.put(s.getAttribute("name"), text);
                    List<String[]> list = new ArrayList<>();
                    for (var n = s.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (!(n instanceof Element sel) || !"PlainTextSelection".equals(sel.getLocalName())) continue;
                        var refs = sel.getElementsByTagNameNS("*", "CodeRef");
                        for (int k = 0; k < refs.getLength(); k++) {
                            list.add(new String[] {sel.getAttribute("startPosition"), sel.getAttribute("endPosition"),
                                    codes.get(((Element) refs.item(k)).getAttribute("targetGUID"))});
                        }
                    }
                    sels.put(s.getAttribute("name"), list);
                }
            }
            return new Archive(texts, sels);
        }

        /** The coded texts under one way of counting, with line ends as thema stores them. */
        Map<String, List<String>> codedTexts(String reading) {
            Map<String, List<String>> out = new TreeMap<>();
            texts.forEach((src, raw) -> {
                String text = reading.endsWith("crlf1") ? raw.replace("\r\n", "\n") : raw;
                for (String[] s : selections.get(src)) {
                    int a = Integer.parseInt(s[0]);
                    int b = Integer.parseInt(s[1]);
                    String cut = reading.startsWith("utf16") ? text.substring(a, b)
                            : text.substring(text.offsetByCodePoints(0, a), text.offsetByCodePoints(0, b));
                    out.computeIfAbsent(src, k -> new ArrayList<>()).add(s[2] + " = " + cut.replace("\r\n", "\n").replace('\r', '\n'));
                }
            });
            out.values().forEach(l -> l.sort(null));
            return out;
        }
    }

    // ---- archives made here, one per reading (CI without ../shared) ----

    private static final String TEXT = "Interviewer: Zoë, tell me 😀 about the café.\r\n"
            + "Respondent: Crème brûlée 👍🏽 was naïve, honestly.\r\n"
            + "Interviewer: And the family? 👨‍👩‍👧 Ångström\r\n"
            + "Respondent: We decided together in the end.";
    private static final List<String> WORDS = List.of("about the café", "Crème brûlée", "was naïve", "family", "Ångström", "decided together", "end");

    /** A position of a character index of TEXT under a reading, as the other tool would write it. */
    private static int position(String reading, int index) {
        String before = TEXT.substring(0, index);
        if (reading.endsWith("crlf1")) before = before.replace("\r\n", "\n");
        return reading.startsWith("utf16") ? before.length() : before.codePointCount(0, before.length());
    }

    private static String selections(String reading, String text, List<String> words) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String w : words) {
            int i = text.indexOf(w);
            b.append(selection(n++, position(reading, i), position(reading, i + w.length())));
        }
        return b.toString();
    }

    private static String selection(int n, int start, int end) {
        String g = String.format("30000000-0000-0000-0000-%012d", n);
        return "<PlainTextSelection guid=\"" + g + "\" startPosition=\"" + start + "\" endPosition=\"" + end + "\" creatingUser=\"" + USER + "\">"
                + "<Coding guid=\"" + g.replace('3', '4') + "\"><CodeRef targetGUID=\"" + CODE + "\"/></Coding></PlainTextSelection>";
    }

    private static String qde(String origin, String source) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\" origin=\"" + origin + "\">"
                + "<Users><User guid=\"" + USER + "\" name=\"tester\"/></Users><CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"k\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sources>" + source + "</Sources></Project>";
    }

    private Path plainArchive(String name, String origin, String selections) throws Exception {
        String src = "<TextSource guid=\"20000000-0000-0000-0000-000000000001\" name=\"talk\" plainTextPath=\"internal://t.txt\">" + selections + "</TextSource>";
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("project.qde", Fixtures.utf8(qde(origin, src)));
        m.put("sources/t.txt", Fixtures.utf8(TEXT));
        Files.createDirectories(tmp.resolve("in"));
        return Fixtures.zip(tmp.resolve("in").resolve(name), m);
    }

    private List<String> importedWords(Path f, Path dir, String... options) {
        List<Object> args = new ArrayList<>(List.of("import-qdpx", f, dir));
        args.addAll(List.of(options));
        CliRun r = CliRun.thema(args.toArray());
        assertEquals(0, r.rc(), r.err());
        Project p = Project.open(dir);
        Document d = p.documents().iterator().next();
        return p.coder("tester").codings().stream().map(c -> d.text().substring(c.start(), c.end())).toList();
    }

    @Test
    void autoFindsEachOfTheFourReadingsWhateverTheOrigin() throws Exception {
        Map<String, String> names = Map.of("codepoints", "code points with CR counted", "utf16", "UTF-16 units with CR counted",
                "codepoints-crlf1", "code points with CRLF as one", "utf16-crlf1", "UTF-16 units with CRLF as one");
        for (String reading : names.keySet()) {
            for (String origin : List.of("some tool", "NVivo for Windows 12.6", "qc 1.7.6")) {
                Path f = plainArchive(reading + ".qdpx", origin, selections(reading, TEXT, WORDS));
                Path dir = tmp.resolve(reading + "-" + origin.replace(' ', '_'));
                CliRun r = CliRun.thema("import-qdpx", f, dir);
                assertEquals(0, r.rc(), r.err());
                assertTrue(r.out().contains("note: 'talk': positions read as " + names.get(reading) + " (7 of 7 selections on word boundaries; "), r.out());
                assertEquals(WORDS, importedWords(f, tmp.resolve(dir + "-again")), reading + " from " + origin);
            }
        }
    }

    @Test
    void anExplicitReadingWins() throws Exception {
        List<String> early = WORDS.subList(0, 4);
        Path f = plainArchive("u16.qdpx", "some tool", selections("utf16", TEXT, early));
        assertEquals(early, importedWords(f, tmp.resolve("auto")));
        assertEquals(early, importedWords(f, tmp.resolve("forced"), "--positions", "utf16"));
        // read as code points, the same numbers fall on other characters (the emoji before them count once)
        List<String> cp = importedWords(f, tmp.resolve("cp"), "--positions", "codepoints");
        assertFalse(cp.equals(early), cp.toString());
        assertEquals("bout the café.", cp.get(0), "one emoji before it: one unit more than code points");
        Path g = plainArchive("crlf1.qdpx", "some tool", selections("codepoints-crlf1", TEXT, WORDS));
        assertEquals(WORDS, importedWords(g, tmp.resolve("crlf1"), "--positions", "codepoints-crlf1"));
        assertEquals(WORDS, importedWords(g, tmp.resolve("crlf1-upper"), "--positions", "CODEPOINTS-CRLF1"), "any case");
    }

    @Test
    void aTieBetweenReadingsTheOriginDoesNotDecideStopsNamingPositions() throws Exception {
        // one-letter words: every position is a word boundary; the last selection ends past the
        // text in code points, so only the two UTF-16 readings remain, and they tie
        String text = "a b 😀😀😀 c\r\nd e f";
        String lf = text.replace("\r\n", "\n");
        String sels = selection(0, 0, 1) + selection(1, 2, lf.length());
        String src = "<TextSource guid=\"20000000-0000-0000-0000-000000000001\" name=\"talk\" plainTextPath=\"internal://t.txt\">" + sels + "</TextSource>";
        Files.createDirectories(tmp.resolve("in"));
        Path f = Fixtures.zip(tmp.resolve("in").resolve("tie.qdpx"), Map.of("project.qde", Fixtures.utf8(qde("some tool", src)), "sources/t.txt", Fixtures.utf8(text)));
        Path dir = tmp.resolve("tie");
        CliRun r = CliRun.thema("import-qdpx", f, dir);
        assertEquals(1, r.rc(), r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("thema: tie.qdpx: project.qde: TextSource 'talk': no reading of its positions is clearly best ("), err);
        assertTrue(err.contains("choose one with --positions"), err);
        assertFalse(Files.exists(dir));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("in"), s.map(p -> p.getFileName().toString()).toList(), "nothing left behind");
        }
        assertEquals(0, CliRun.thema("import-qdpx", f, dir, "--positions", "utf16-crlf1").rc());
    }

    @Test
    void docxParagraphBreaksCountAsOneOrTwo() throws Exception {
        List<String> paras = List.of("Interviewer: Zoë, tell me 😀 about the café.", "Respondent: Crème brûlée 👍🏽 was naïve.", "",
                "Interviewer: And the family?", "Respondent: We decided together in the end.");
        StringBuilder body = new StringBuilder();
        for (String p : paras) body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(p).append("</w:t></w:r></w:p>");
        String xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";
        Path docx = Fixtures.zip(tmp.resolve("d.docx"), Map.of("word/document.xml", Fixtures.utf8(xml)));
        List<String> words = List.of("about the café", "Crème brûlée", "was naïve", "family", "decided together", "end");
        for (String breaks : List.of("\n", "\r\n")) {
            String text = String.join(breaks, paras);
            StringBuilder sels = new StringBuilder();
            int n = 0;
            for (String w : words) {
                String before = text.substring(0, text.indexOf(w));
                int a = before.codePointCount(0, before.length());
                sels.append(selection(n++, a, a + w.codePointCount(0, w.length())));
            }
            String src = "<TextSource guid=\"20000000-0000-0000-0000-000000000001\" name=\"talk\" richTextPath=\"internal://d.docx\">" + sels + "</TextSource>";
            Map<String, byte[]> m = new LinkedHashMap<>();
            m.put("project.qde", Fixtures.utf8(qde("some tool", src)));
            m.put("sources/d.docx", Files.readAllBytes(docx));
            String name = breaks.length() == 1 ? "one" : "two";
            Path f = Fixtures.zip(tmp.resolve(name + ".qdpx"), m);
            CliRun r = CliRun.thema("import-qdpx", f, tmp.resolve(name));
            assertEquals(0, r.rc(), r.err());
            assertTrue(r.out().contains("positions read as code points with a paragraph break as " + name), r.out());
            assertEquals(words, importedWords(f, tmp.resolve(name + "-again")));
        }
    }

    @Test
    void selectionsTheReadingsAgreeOnDoNotDiluteTheLead() throws Exception {
        // 40 selections before the only emoji land alike under every reading; the one after it decides
        String text = "word ".repeat(40) + "😀 the end here";
        StringBuilder sels = new StringBuilder();
        for (int i = 0; i < 40; i++) sels.append(selection(i, 5 * i, 5 * i + 4));
        int end = text.indexOf("end");
        sels.append(selection(40, end, end + 3)); // UTF-16 units: the emoji counts two
        String src = "<TextSource guid=\"20000000-0000-0000-0000-000000000001\" name=\"talk\" plainTextPath=\"internal://t.txt\">" + sels + "</TextSource>";
        Files.createDirectories(tmp.resolve("in"));
        Path f = Fixtures.zip(tmp.resolve("in").resolve("late.qdpx"), Map.of("project.qde", Fixtures.utf8(qde("some tool", src)), "sources/t.txt", Fixtures.utf8(text)));
        CliRun r = CliRun.thema("import-qdpx", f, tmp.resolve("late"));
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("note: 'talk': positions read as UTF-16 units (41 of 41 selections on word boundaries; code points: 40)"), r.out());
        List<String> words = importedWords(f, tmp.resolve("late-again"));
        assertEquals("end", words.get(40));
    }
}
