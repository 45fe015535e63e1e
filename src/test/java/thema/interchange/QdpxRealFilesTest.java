package thema.interchange;

import thema.cli.CliRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import thema.project.Coding;
import thema.project.Project;

/**
 * The real exports in ../shared/interop (QualCoder-style qc, NVivo, ATLAS.ti): the numbers are
 * counted from the XML here, independently of the importer, and coded text is compared with
 * the source text in the archive.
 */
class QdpxRealFilesTest {
    @TempDir
    Path tmp;

    private static Path real(String name) {
        Path f = Fixtures.SHARED.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(f), "../shared/interop/" + name + " absent: skipping");
        return f;
    }

    /** The .qde of an archive, parsed with a plain JDK parser (DOCTYPEs refused). */
    private static Element qde(Path qdpx) throws Exception {
        try (ZipFile z = new ZipFile(qdpx.toFile())) {
            ZipEntry e = z.stream().filter(x -> x.getName().toLowerCase().endsWith(".qde")).findFirst().orElseThrow();
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            try (InputStream in = z.getInputStream(e)) {
                return f.newDocumentBuilder().parse(in).getDocumentElement();
            }
        }
    }

    private static List<Element> all(Element root, String name) {
        List<Element> out = new ArrayList<>();
        var nl = root.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    /** Code paths from the XML nesting, '/' joined. */
    private static List<String> codePaths(Element root) {
        List<String> out = new ArrayList<>();
        for (Element c : all(root, "Code")) {
            StringBuilder p = new StringBuilder(c.getAttribute("name"));
            for (Node n = c.getParentNode(); n instanceof Element e && "Code".equals(e.getLocalName()); n = n.getParentNode()) {
                p.insert(0, e.getAttribute("name") + "/");
            }
            out.add(p.toString());
        }
        return out;
    }

    private Project importOk(Path qdpx, String... options) {
        Path dir = tmp.resolve(qdpx.getFileName().toString().replace(".qdpx", ""));
        List<Object> args = new ArrayList<>(List.of("import-qdpx", qdpx, dir));
        args.addAll(List.of(options));
        CliRun r = CliRun.thema(args.toArray());
        assertEquals(0, r.rc(), r.err());
        return Project.open(dir);
    }

    @Test
    void qcDemoPutsEveryCodingOnTheSameCharacters() throws Exception {
        Path f = real("demo.qdpx");
        Element root = qde(f);
        int sources = all(root, "TextSource").size();
        List<String> paths = codePaths(root);
        int codings = all(root, "Coding").size();
        Project p = importOk(f);
        assertEquals(2, sources);
        assertEquals(sources, p.documents().size());
        assertEquals(262, paths.size());
        assertEquals(paths, p.codebook().paths(), "same codes, same nesting, same order");
        assertEquals(205, codings);
        List<Coding> got = new ArrayList<>();
        for (String c : p.coders()) got.addAll(p.coder(c).codings());
        assertEquals(codings, got.size());
        assertEquals(List.of("cp"), List.copyOf(p.coders()));

        // every selection's text, cut from the archive's board_2017.txt by code points, is the coded text in thema
        String board;
        try (ZipFile z = new ZipFile(f.toFile())) {
            board = new String(z.getInputStream(z.getEntry("sources/board_2017.txt")).readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> codeByGuid = new HashMap<>();
        for (Element c : all(root, "Code")) codeByGuid.put(c.getAttribute("guid"), c.getAttribute("name"));
        int checked = 0;
        for (Element sel : all(root, "PlainTextSelection")) {
            int s = board.offsetByCodePoints(0, Integer.parseInt(sel.getAttribute("startPosition")));
            int e = board.offsetByCodePoints(0, Integer.parseInt(sel.getAttribute("endPosition")));
            String expected = board.substring(s, e);
            for (Element c : all(sel, "Coding")) {
                String code = codeByGuid.get(((Element) c.getElementsByTagNameNS("*", "CodeRef").item(0)).getAttribute("targetGUID"));
                boolean found = got.stream().anyMatch(g -> g.code().endsWith("/" + code) || g.code().equals(code)
                        ? p.document(g.doc()).text().substring(g.start(), g.end()).equals(expected) : false);
                assertTrue(found, "coding " + c.getAttribute("guid") + " on '" + expected + "'");
                checked++;
            }
        }
        assertEquals(205, checked);
        // a known line, as qc shows it
        Coding first = got.stream().filter(g -> g.start() == 320).findFirst().orElseThrow();
        assertTrue(p.document(first.doc()).text().substring(first.start(), first.end())
                .startsWith("This district goal is engage every student in joyful, purposeful learning"));
    }

    @Test
    void nvivoEmptyTwinsGiveTheSameCodebookAndTwoDocuments() throws Exception {
        Path f = real("nvivo_project.qdpx");
        Element root = qde(f);
        Project p = importOk(f);
        assertEquals(all(root, "TextSource").size(), p.documents().size());
        assertEquals(2, p.documents().size());
        assertEquals(codePaths(root), p.codebook().paths());
        assertEquals(262, p.codebook().paths().size());
        assertEquals(0, all(root, "Coding").size());
        assertTrue(p.coders().isEmpty(), "no codings, so no coder files: " + p.coders());
    }

    @Test
    void atlasStandardProjectSaysWhichTextsAreMissing() throws Exception {
        Path f = real("atlasti_standard_project.qdpx");
        Path dir = tmp.resolve("atlas");
        CliRun r = CliRun.thema("import-qdpx", f, dir);
        assertEquals(1, r.rc());
        assertTrue(r.err().startsWith("thema: atlasti_standard_project.qdpx: Project.qde: the text of 6 TextSources are not in the archive: '1960s Coca Cola commercial - Audio.docx'"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertFalse(Files.exists(dir));

        Element root = qde(f);
        Project p = importOk(f, "--skip-missing");
        assertEquals(14, all(root, "Code").size());
        assertEquals(14, p.codebook().paths().size(), "every code kept");
        // ATLAS.ti's flattened groups come back as a hierarchy: "Coke::diet Coke" under "Coke"
        assertEquals(codePaths(root).stream().map(x -> x.replace("::", "/")).sorted().toList(), p.codebook().paths().stream().sorted().toList());
        assertTrue(p.codebook().contains("Coke/diet Coke"));
        assertTrue(p.codebook().childrenOf("Coke").contains("Coke/full-fat Coke"));
        assertEquals(0, p.documents().size());
    }

    @Test
    void atlasCodebookOnlyAndBlankProjects() throws Exception {
        Path cbFile = real("atlasti_ponte_codebook.qdpx");
        Project cb = importOk(cbFile);
        assertEquals(codePaths(qde(cbFile)), cb.codebook().paths());
        assertEquals(3, cb.codebook().paths().size());
        assertEquals(2, cb.codebook().childrenOf("Commits").size());
        assertEquals(0, cb.documents().size());

        Project blank = importOk(real("atlasti_ponte_blank.qdpx"));
        assertEquals(0, blank.codebook().paths().size());
        assertEquals(0, blank.documents().size());
    }
}
