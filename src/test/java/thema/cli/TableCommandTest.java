package thema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import thema.project.FocusGroupProject;

/** thema table against tables written by hand (see FocusGroupProject for the codings behind them). */
class TableCommandTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void project() {
        dir = tmp.resolve("study");
        FocusGroupProject.create(dir);
    }

    static String expected(String name) throws IOException {
        try (var in = TableCommandTest.class.getResourceAsStream("/table/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static final String NOTE = "counted: anna on fg01-t03 (in progress: fg01-t03); participants: k of n participants with a counted document;"
            + " a segment counts for each participant whose turns it touches; interviewers not counted (Interviewer, Moderator).";

    @Test
    void markdownWithPercentages() throws IOException {
        CliRun r = thema("table", dir, "--coder", "anna", "--per", "participant", "--by", "role", "--cell", "k-of-n,percent");
        assertEquals(0, r.rc(), r.err());
        assertEquals(expected("focus-group-by-role.md") + "\n" + NOTE + "\n", r.out());
    }

    @Test
    void csvHasNumbersOnlyAndSaysWhatWasCounted() throws IOException {
        CliRun r = thema("table", dir, "--coder", "anna", "--per", "participant", "--by", "role", "--cell", "k-of-n,segments", "--format", "csv");
        assertEquals(0, r.rc(), r.err());
        List<String> lines = r.out().lines().toList();
        List<String> want = expected("focus-group-by-role.csv").lines().toList();
        assertEquals(want.size(), lines.size(), r.out());
        assertEquals(want.get(0) + ",counted", lines.get(0));
        for (int i = 1; i < want.size(); i++) assertEquals(want.get(i) + ",\"" + NOTE + "\"", lines.get(i));
        CliRun tsv = thema("table", dir, "--coder", "anna", "--per", "participant", "--by", "role", "--cell", "k-of-n,segments", "--format", "tsv");
        assertTrue(tsv.out().startsWith("code\tdepth\t\"coordinator k\"\t"), tsv.out());
    }

    @Test
    void docxOpensAsAWordDocumentWithTheSameCells() throws Exception {
        Path out = tmp.resolve("table.docx");
        CliRun r = thema("table", dir, "--coder", "anna", "--per", "participant", "--by", "role", "--cell", "k-of-n,percent", "--format", "docx", "--out", out);
        assertEquals(0, r.rc(), r.err());
        byte[] docx = Files.readAllBytes(out);
        List<String> names = new ArrayList<>();
        byte[] document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                if (e.getName().equals("word/document.xml")) document = zip.readAllBytes();
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml"), names);
        var xml = docxMatches(document, "focus-group-by-role.md");
        assertTrue(xml.getDocumentElement().getTextContent().contains(NOTE));
        // the same table gives the same bytes (no clock in the file)
        Path again = tmp.resolve("again.docx");
        thema("table", dir, "--coder", "anna", "--per", "participant", "--by", "role", "--cell", "k-of-n,percent", "--format", "docx", "--out", again);
        assertTrue(java.util.Arrays.equals(docx, Files.readAllBytes(again)));
    }

    /** The document.xml of a .docx: its table, row by row and cell by cell, is the Markdown table of {@code md} (indent aside). */
    static org.w3c.dom.Document docxMatches(byte[] document, String md) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(document));
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        NodeList rows = xml.getElementsByTagNameNS(w, "tr");
        List<String> lines = expected(md).lines().filter(l -> l.startsWith("| ") && !l.startsWith("| ---")).toList();
        assertEquals(lines.size(), rows.getLength());
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = ((Element) rows.item(i)).getElementsByTagNameNS(w, "tc");
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < cells.getLength(); c++) texts.add(cells.item(c).getTextContent());
            List<String> wanted = new ArrayList<>();
            for (String x : lines.get(i).substring(2, lines.get(i).length() - 2).split(" \\| ")) wanted.add(x.replace("\u00A0", ""));
            assertEquals(wanted, texts, "row " + i);
        }
        return xml;
    }

    static byte[] documentXml(Path docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) if (e.getName().equals("word/document.xml")) return zip.readAllBytes();
        }
        throw new AssertionError("no word/document.xml in " + docx);
    }

    /** Where LibreOffice is installed, it converts the file to PDF without an error. */
    @Test
    void libreOfficeConvertsTheDocx() throws Exception {
        Path docx = tmp.resolve("table.docx");
        assertEquals(0, thema("table", dir, "--coder", "anna", "--by", "schooltype", "--format", "docx", "--out", docx).rc());
        String soffice = null;
        for (String name : List.of("soffice", "libreoffice")) {
            for (String dirName : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (Files.isExecutable(Path.of(dirName, name))) soffice = Path.of(dirName, name).toString();
            }
        }
        Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed: the docx was checked by parsing only");
        Process p = new ProcessBuilder(soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp.toString(), docx.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice finished");
        assertEquals(0, p.exitValue());
        assertTrue(Files.size(tmp.resolve("table.pdf")) > 1000);
    }

    /** The focus-group example by role, counted as the project stands (fg01; the interviews have an undecided disagreement each). */
    @Test
    void theFocusGroupExampleByRole() throws Exception {
        Path copy = thema.project.TestTrees.copy(Path.of("examples/focusgroep"), tmp.resolve("fg"), false);
        CliRun r = thema("table", copy, "--per", "participant", "--by", "role");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().startsWith(expected("focusgroep-by-role.md")), r.out());
        assertTrue(r.out().contains("counted: anna (ben agrees) on fg01; not counted: l01, l02 (anna, ben: 1 undecided each); participants:"), r.out());
        CliRun csv = thema("table", copy, "--per", "participant", "--by", "role", "--format", "csv");
        List<String> got = new ArrayList<>();
        for (String line : csv.out().split("\r\n")) got.add(line.endsWith(",counted") ? line.substring(0, line.length() - 8) : line.substring(0, line.lastIndexOf(",\"counted: ")));
        assertEquals(List.of(expected("focusgroep-by-role.csv").split("\r\n")), got, "the csv without its counted column");
        Path docx = tmp.resolve("fg.docx");
        assertEquals(0, thema("table", copy, "--per", "participant", "--by", "role", "--format", "docx", "--out", docx).rc());
        docxMatches(documentXml(docx), "focusgroep-by-role.md");
    }

    @Test
    void theMatrixAndBadUsage() {
        CliRun m = thema("table", dir, "--coder", "anna", "--by", "document");
        assertEquals(0, m.rc(), m.err());
        assertTrue(m.out().contains("| code | fg01 | t01 | t02 | t03 |"), m.out());
        assertTrue(m.out().contains("| care decisions | 5 | 1 | 1 | 1 |"), m.out());
        assertEquals(2, thema("table", dir, "--format", "docx").rc(), "docx needs --out");
        assertEquals(2, thema("table", dir, "--by", "document", "--per", "participant").rc());
        assertEquals(2, thema("table", dir, "--cell", "median").rc());
        CliRun missing = thema("table", dir, "--format", "html", "--out", tmp.resolve("no/such/folder/t.html"));
        assertEquals(1, missing.rc());
        assertTrue(missing.err().contains("does not exist (thema does not create it)"), missing.err());
    }
}
