package thema.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.importing.TurnChecks.checkInvariants;
import static thema.importing.TurnChecks.speakers;
import static thema.importing.TurnChecks.spoken;
import static thema.importing.TurnChecks.spokenTexts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.ThemaException;
import thema.project.Turn;

/** .docx files built in the test: paragraphs, tables, tabs, breaks, Teams blocks, and hostile input. */
class DocxImportTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    /** A .docx whose word/document.xml has {@code body} inside w:body. */
    private Path docx(String name, String body) throws IOException {
        return zip(name, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<w:body>" + body + "</w:body></w:document>");
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    private static String p(String... runs) {
        StringBuilder s = new StringBuilder("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>");
        for (String r : runs) s.append("<w:r>").append(r).append("</w:r>");
        return s.append("</w:p>").toString();
    }

    private static String t(String text) {
        return "<w:t xml:space=\"preserve\">" + text + "</w:t>";
    }

    private String error(Path f) {
        return assertThrows(ThemaException.class, () -> TranscriptParser.parse(f)).getMessage();
    }

    @Test
    void paragraphsTablesTabsAndBreaksBecomeLinesAndTurns() throws IOException {
        String body = p(t("Interview 7 – Gent")) + p()
                + p(t("Interviewer:"), "<w:tab/>", t("Hoe “gaat” het? 😀")) + p(t("Respondent: Goed &amp; "), "<w:br/>", t("jij?"))
                + "<w:tbl><w:tr><w:tc>" + p(t("Interviewer: In a cell")) + "</w:tc><w:tc>" + p(t("Respondent: next cell")) + "</w:tc></w:tr></w:tbl>"
                + p("<w:delText>deleted</w:delText>", "<w:instrText>PAGE</w:instrText>", t("Still the respondent."));
        ParsedTranscript p = checkInvariants(TranscriptParser.parse(docx("a.docx", body)));
        assertEquals("docx", p.format());
        assertEquals("Interview 7 – Gent\n\nInterviewer:\tHoe “gaat” het? 😀\nRespondent: Goed & \njij?\n"
                + "Interviewer: In a cell\nRespondent: next cell\nStill the respondent.", p.text());
        assertEquals(Arrays.asList(null, "Interviewer", "Respondent", "Interviewer", "Respondent"), speakers(p));
        assertEquals(List.of("Interview 7 – Gent", "Hoe “gaat” het? 😀", "Goed & \njij?", "In a cell",
                "next cell\nStill the respondent."), spokenTexts(p));
    }

    @Test
    void teamsParagraphsWithLineBreaksBecomeTimedTurns() throws IOException {
        String body = p(t("0:0:0.0 --> 0:0:1.510"), "<w:br/>", t("Some Body"), "<w:br/>", t("OK. Yeah."))
                + p(t("0:0:3.270 --> 0:0:4.250"), "<w:br/>", t("James Bond"), "<w:br/>", t("Umm."))
                + p(t("saved-by")) + p();
        ParsedTranscript p = checkInvariants(TranscriptParser.parse(docx("teams.docx", body)));
        assertEquals(List.of("Some Body", "James Bond"), speakers(p));
        Turn first = p.turns().get(0);
        assertEquals("OK. Yeah.", spoken(p, first));
        assertEquals("00:00:00.000", first.from());
        assertEquals("00:00:01.510", first.until());
        assertEquals("Umm.\nsaved-by", spoken(p, p.turns().get(1)), "a trailing paragraph continues the last turn");
    }

    @Test
    void textBoxFallbackCopiesAreNotDuplicated() throws IOException {
        String body = p(t("I: before"),
                "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>" + p(t("box text"))
                        + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>" + p(t("box text"))
                        + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>");
        ParsedTranscript p = checkInvariants(TranscriptParser.parse(docx("box.docx", body)));
        assertEquals(1, p.text().split("box text", -1).length - 1, p.text());
    }

    @Test
    void emptyDocumentHasNoText() throws IOException {
        assertEquals("empty.docx: the file has no text", error(docx("empty.docx", p() + p(t("  ")))));
    }

    @Test
    void notAZipOrNoDocumentPartGiveClearErrors() throws IOException {
        Path txt = Files.writeString(dir.resolve("fake.docx"), "Interviewer: I am text, not a zip");
        assertEquals("fake.docx: not a Word .docx file (not a valid zip archive)", error(txt));
        Path xlsx = zip("sheet.docx", "xl/workbook.xml", "<workbook/>");
        assertEquals("sheet.docx: not a Word document (no word/document.xml inside)", error(xlsx));
        assertEquals("gone.docx: cannot read file (no such file)", error(dir.resolve("gone.docx")));
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        Path f = zip("xxe.docx", "word/document.xml", xxe);
        String message = error(f);
        assertEquals("xxe.docx: damaged word/document.xml (it declares a DOCTYPE)", message);
        assertFalse(message.contains("TOP SECRET"), message);
    }

    @Test
    void brokenXmlIsADamagedDocument() throws IOException {
        Path f = zip("broken.docx", "word/document.xml", "<w:document xmlns:w=\"" + W + "\"><w:body><w:p>");
        assertTrue(error(f).startsWith("broken.docx: damaged word/document.xml ("));
    }

    @Test
    void unpackedSizeIsCapped() throws IOException {
        String big = p(t("x".repeat(5000)));
        Path f = docx("big.docx", big);
        ThemaException e = assertThrows(ThemaException.class, () -> DocxText.read(f, 1000));
        assertEquals("word/document.xml unpacks to more than 1000 bytes; refusing it (damaged or a zip bomb)", e.getMessage());
        assertEquals(5000, DocxText.read(f, 100_000).length());
    }

    @Test
    void theCapAlsoHoldsWhenTheDeclaredSizeLies() {
        // a zip entry can understate its size; the stream cap must still stop the parser
        String xml = "<w:document xmlns:w=\"" + W + "\"><w:body>" + p(t("y".repeat(10_000))) + "</w:body></w:document>";
        java.io.InputStream in = new LimitedInputStream(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 2000);
        assertThrows(LimitedInputStream.LimitExceeded.class, () -> DocxText.paragraphs(in));
    }
}
