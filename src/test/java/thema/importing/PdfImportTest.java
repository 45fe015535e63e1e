package thema.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;

/** Text PDFs, made here with PDFBox: imported page by page with page numbers; scanned and hostile ones refused in one line. */
class PdfImportTest {
    @TempDir
    Path dir;

    /** A PDF whose pages hold these paragraphs (each a list of lines), written top to bottom. */
    static Path pdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    float y = 720;
                    for (String line : lines) {
                        if (line.isEmpty()) {
                            y -= 28; // a gap: a new paragraph
                            continue;
                        }
                        s.beginText();
                        s.setFont(font, 12);
                        s.newLineAtOffset(72, y);
                        s.showText(line);
                        s.endText();
                        y -= 15;
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    Path project() throws IOException {
        Path p = dir.resolve("p");
        Path codebook = Files.writeString(dir.resolve("codes.yaml"), "codes:\n  - name: zorg\n  - name: ouders\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.thema("init", p, "--language", "nl", "--codebook", codebook);
        assertEquals(0, r.rc(), r.err());
        return p;
    }

    @Test
    void aTwoPagePdfImportsWithPageNumbersInQuotes() throws IOException {
        Path file = pdf(dir.resolve("schoolplan.pdf"), List.of(
                List.of("Schoolplan 2024", "", "De school betrekt de ouders bij elke beslissing", "over zorg en begeleiding."),
                List.of("Hoofdstuk 2: Zorg", "", "Leerlingen met een zorgvraag krijgen een café-gesprek.")));
        Path p = project();
        CliRun r = CliRun.thema("import", p, file);
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("Imported schoolplan (") && r.out().contains("2 pages"), r.out());
        Document d = Project.open(p).document("schoolplan");
        assertEquals("pdf", d.meta().format);
        String text = d.text().string();
        assertTrue(text.startsWith("Schoolplan 2024\n\nDe school betrekt de ouders bij elke beslissing\nover zorg en begeleiding.\n\nHoofdstuk 2: Zorg"), text);
        int page2 = d.text().toCodePoint(text.indexOf("Hoofdstuk 2"));
        assertEquals(List.of(0, page2), d.meta().pages);
        assertEquals(1, d.meta().pageAt(0));
        assertEquals(2, d.meta().pageAt(page2 + 3));
        assertEquals(4, d.turns().size(), "one turn per paragraph");

        int at = text.indexOf("zorgvraag");
        assertEquals(0, CliRun.thema("code", p, "--coder", "ann", "--code", "zorg", "--doc", "schoolplan",
                "--start", d.text().toCodePoint(at), "--end", d.text().toCodePoint(at + 9)).rc(), "coded");
        int at1 = text.indexOf("ouders");
        assertEquals(0, CliRun.thema("code", p, "--coder", "ann", "--code", "ouders", "--doc", "schoolplan",
                "--start", d.text().toCodePoint(at1), "--end", d.text().toCodePoint(at1 + 6)).rc());
        CliRun q = CliRun.thema("quotes", p, "--coder", "ann", "--format", "txt");
        assertEquals(0, q.rc(), q.err());
        assertTrue(q.out().contains("zorgvraag (schoolplan, p. 2)"), q.out());
        assertTrue(q.out().contains("ouders (schoolplan, p. 1)"), q.out());
        assertTrue(CliRun.thema("search", p, "ouder").out().contains("schoolplan"), "the PDF's text is searched, stemmed");
    }

    @Test
    void pseudonymisingAPdfKeepsItsPages() throws IOException {
        Path file = pdf(dir.resolve("notes.pdf"), List.of(List.of("Gesprek met Jan Peeters."), List.of("Jan Peeters belde de ouders.")));
        Path p = project();
        assertEquals(0, CliRun.thema("import", p, file).rc());
        Path map = Files.writeString(dir.resolve("map.csv"), "original,replacement\nJan Peeters,[leerkracht]\n");
        CliRun r = CliRun.thema("pseudonymize", p, "--map", map);
        assertEquals(0, r.rc(), r.err());
        Document d = Project.open(p).document("notes");
        String text = d.text().string();
        assertEquals("Gesprek met [leerkracht].\n\n[leerkracht] belde de ouders.", text);
        assertEquals(List.of(0, d.text().toCodePoint(text.indexOf("[leerkracht] belde"))), d.meta().pages);
    }

    @Test
    void twoColumnsReadOneAfterTheOther() throws IOException {
        Path file = dir.resolve("columns.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                String[][] columns = {{"Links een.", "Links twee."}, {"Rechts een.", "Rechts twee."}};
                for (int c = 0; c < 2; c++) {
                    for (int l = 0; l < 2; l++) {
                        s.beginText();
                        s.setFont(font, 12);
                        s.newLineAtOffset(72 + c * 250, 700 - l * 15);
                        s.showText(columns[c][l]);
                        s.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        String text = TranscriptParser.parse(file).text();
        assertTrue(text.indexOf("Links twee.") < text.indexOf("Rechts een."), "the left column first:\n" + text);
    }

    @Test
    void aScannedPdfWithoutTextIsRefusedInOneLine() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawImage(x, 72, 600, 400, 200);
            }
            doc.save(file.toFile());
        }
        Path p = project();
        CliRun r = CliRun.thema("import", p, file);
        assertEquals(1, r.rc());
        assertEquals("thema: scan.pdf: the PDF has no text (a scanned PDF? run OCR on it first, then import the text PDF)", r.err().strip());
        assertTrue(Project.open(p).documents().isEmpty());
    }

    @Test
    void hostilePdfsAreBounded() throws IOException {
        Path many = dir.resolve("many.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < PdfText.MAX_PAGES + 1; i++) doc.addPage(new PDPage());
            doc.save(many.toFile());
        }
        ThemaException e = assertThrows(ThemaException.class, () -> TranscriptParser.parse(many));
        assertEquals("many.pdf: the PDF has 2001 pages; thema imports PDFs of at most 2000", e.getMessage());

        Path junk = Files.writeString(dir.resolve("junk.pdf"), "%PDF-1.4\nthis is not a PDF at all\n", StandardCharsets.UTF_8);
        e = assertThrows(ThemaException.class, () -> TranscriptParser.parse(junk));
        assertTrue(e.getMessage().startsWith("junk.pdf: not a readable PDF ("), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        // an object nested 100,000 arrays deep
        StringBuilder deep = new StringBuilder();
        deep.append("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X ");
        deep.append("[".repeat(100_000)).append("]".repeat(100_000));
        deep.append(" >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        Path nested = Files.writeString(dir.resolve("nested.pdf"), deep, StandardCharsets.US_ASCII);
        long t0 = System.nanoTime();
        e = assertThrows(ThemaException.class, () -> TranscriptParser.parse(nested));
        assertTrue((System.nanoTime() - t0) / 1e9 < PdfText.TIME_LIMIT_SECONDS, "bounded in time");
        assertTrue(e.getMessage().startsWith("nested.pdf: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());

        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < 300; i++) pages.add(List.of("Pagina " + i + ": de school betrekt de ouders.", "", "Een tweede alinea."));
        Path long300 = pdf(dir.resolve("long.pdf"), pages);
        e = assertThrows(ThemaException.class, () -> PdfText.read(long300, 1));
        assertEquals("reading the PDF took longer than 1 ms; not imported", e.getMessage());
        assertEquals(300, PdfText.read(long300).starts().size(), "within the real limit it reads");
    }
}
