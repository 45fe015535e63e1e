package thema.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static thema.importing.TurnChecks.checkInvariants;
import static thema.importing.TurnChecks.speakers;
import static thema.importing.TurnChecks.spoken;
import static thema.importing.TurnChecks.spokenTexts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.ThemaException;

/** .txt/.md files: decoding, newline normalisation and the refusals, through TranscriptParser.parse. */
class TextFileImportTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private ParsedTranscript parse(Path file) {
        return checkInvariants(TranscriptParser.parse(file));
    }

    private String error(Path file) {
        return assertThrows(ThemaException.class, () -> TranscriptParser.parse(file)).getMessage();
    }

    @Test
    void bomAndCrlfAreRemovedAndNothingElseChanges() throws IOException {
        Path f = write("bom.txt", concat(bytes(0xEF, 0xBB, 0xBF), utf8("I: Café?\r\nR: “Ja”  \r\n\r\nold Mac line\rR: end")));
        ParsedTranscript p = parse(f);
        assertEquals("I: Café?\nR: “Ja”  \n\nold Mac line\nR: end", p.text());
        assertEquals(List.of("I", "R", "R"), speakers(p));
        assertEquals(List.of("Café?", "“Ja”  \n\nold Mac line".strip(), "end"), spokenTexts(p));
        assertEquals("txt", p.format());
    }

    @Test
    void windows1252IsDecodedWhenTheBytesAreNotUtf8() throws IOException {
        // "Respondent: caf\u00e9 \u201cok\u201d" as Windows-1252: é = 0xE9, curly quotes = 0x93/0x94
        Path f = write("legacy.txt", concat(utf8("Interviewer: Hoe was het?\r\nRespondent: caf"), bytes(0xE9),
                utf8(" "), bytes(0x93), utf8("ok"), bytes(0x94), utf8("\r\n")));
        ParsedTranscript p = parse(f);
        assertEquals("Interviewer: Hoe was het?\nRespondent: café “ok”\n", p.text());
        assertEquals("café “ok”", spoken(p, p.turns().get(1)));
    }

    @Test
    void utf16WithBomIsDecoded() throws IOException {
        byte[] le = "I: héllo 😀\r\nR: ok".getBytes(StandardCharsets.UTF_16LE);
        ParsedTranscript p = parse(write("u16.txt", concat(bytes(0xFF, 0xFE), le)));
        assertEquals("I: héllo 😀\nR: ok", p.text());
        assertEquals("héllo 😀", spoken(p, p.turns().get(0)));
        byte[] be = "R: ok".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("R: ok", parse(write("u16be.md", concat(bytes(0xFE, 0xFF), be))).text());
    }

    @Test
    void markdownUsesThePlainRules() throws IOException {
        ParsedTranscript p = parse(write("notes.md", utf8("# Focus group\n\n**Moderator:** Welkom.\n\n**Deelnemer 1:** Dank u.\n")));
        assertEquals("md", p.format());
        assertEquals(java.util.Arrays.asList(null, "Moderator", "Deelnemer 1"), speakers(p));
    }

    @Test
    void emptyAndWhitespaceOnlyFilesHaveNoText() throws IOException {
        assertEquals("empty.txt: the file has no text", error(write("empty.txt", new byte[0])));
        assertEquals("blank.txt: the file has no text", error(write("blank.txt", utf8(" \r\n\t\n\u00A0"))));
        assertEquals("bom.txt: the file has no text", error(write("bom.txt", bytes(0xEF, 0xBB, 0xBF))));
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        assertEquals("x.txt: looks like a binary file, not a transcript",
                error(write("x.txt", concat(utf8("PK"), bytes(3, 4, 20, 0, 0, 0), utf8("word/document.xml")))));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        assertEquals("c.txt: looks like a binary file, not a transcript", error(write("c.txt", controls)));
    }

    @Test
    void missingFilesDirectoriesAndOtherTypesGiveOneLineErrors() throws IOException {
        assertEquals("gone.txt: cannot read file (no such file)", error(dir.resolve("gone.txt")));
        Path sub = Files.createDirectory(dir.resolve("folder.txt"));
        assertEquals("folder.txt: cannot read file (it is a directory)", error(sub));
        assertEquals("x.odt: unsupported file type (expected .txt, .md, .docx, .pdf, .vtt or .srt)",
                error(write("x.odt", utf8("PK"))));
        assertEquals("README: unsupported file type (expected .txt, .md, .docx, .pdf, .vtt or .srt)",
                error(write("README", utf8("text"))));
    }

    @Test
    void extensionsAreCaseInsensitive() throws IOException {
        assertEquals("txt", parse(write("LOUD.TXT", utf8("I: hi\n"))).format());
    }
}
