package thema.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.importing.TranscriptParser;

/** Each importer reads any file or refuses it in one line; nothing else escapes. */
class ImporterFuzzTest {
    @TempDir
    Path dir;

    static final List<String> TEXT = List.of("Interviewer: ", "Respondent 3: ", "I: ", "R:", "[SPEAKER_01]: ", "Jan Peeters: ", "**Moderator:** ",
            "Hoe gaat het?", "große Schule", "café “ok”", "😊", "\n", "\n", "\r\n", "\r", "\n\n", "\t", " ", "\u00a0", "\ufeff", "\u0000", ":", "::",
            "1", "00:00:01,000 --> 00:00:02,000", "(..)", "[00:00:12]");
    static final List<String> SUBTITLES = List.of("WEBVTT", "WEBVTT - title", "NOTE", "NOTE x", "STYLE", "REGION", "1", "2", "12",
            "00:00:01,000 --> 00:00:02,000", "00:00:01.000 --> 00:00:02.000 align:start", "0:0:1.51 --> 0:0:2.5", "01:02.5 --> 01:03",
            "00:00:03,000 -> 00:00:04,000", "-->", " --> ", "99:99:99.999 --> 00:00:00.000", "<v Anna>", "<v.loud Dr. Ko>", "<v //S02>", "</v>",
            "<c.yellow>", "</c>", "<i>", "<00:00:01.500>", "{\\an8}", "&amp;", "&lt;", "&#x1F600;", "&#99999999;", "&#0;", "&nbsp;", "&bogus;",
            "[SPEAKER_00]: ", "Interviewer: ", "Name: ", "- ", "Hola, bon dia", "große", "\n", "\n", "\n", "\n\n", "\r\n", " ", "\u0000", "\ufeff");
    static final List<String> DOCX_XML = List.of("<w:p>", "</w:p>", "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:t xml:space=\"preserve\">",
            "<w:tab/>", "<w:br/>", "<w:cr/>", "<w:noBreakHyphen/>", "<w:delText>", "</w:delText>", "<w:instrText>", "</w:instrText>",
            "<mc:AlternateContent>", "</mc:AlternateContent>", "<mc:Fallback>", "</mc:Fallback>", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>",
            "Interviewer: ", "Teacher: hi", "große", "&amp;", "&lt;", "&ent;", "&#x1F600;", "&#0;", "<![CDATA[x]]>", "<!DOCTYPE x>", "<?pi x?>",
            "<!-- c -->", "<", ">", "&", "\"", "😊", " ", "\n");

    private Path file(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text in one of the encodings real files come in, or bytes as they come. */
    private static Arbitrary<byte[]> encoded(Arbitrary<String> text) {
        Arbitrary<Charset> cs = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("windows-1252"), Charset.forName("Shift_JIS"));
        Arbitrary<byte[]> plain = net.jqwik.api.Combinators.combine(text, cs, Arbitraries.integers().between(-1, 400), Arbitraries.bytes())
                .as((t, c, at, b) -> {
                    byte[] bytes = t.getBytes(c);
                    if (at >= 0 && at < bytes.length) bytes[at] = b; // one stray byte
                    return bytes;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, plain), net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)));
    }

    @Test
    void textFiles() {
        Fuzz.run(".txt", encoded(Fuzz.pieces(TEXT, 40)), b -> TranscriptParser.parse(file("t.txt", b)));
        Fuzz.run(".md", encoded(Fuzz.pieces(TEXT, 20)), b -> TranscriptParser.parse(file("t.md", b)));
    }

    @Test
    void subtitleFiles() {
        Arbitrary<String> lines = Fuzz.pieces(SUBTITLES, 40);
        Fuzz.run(".vtt", encoded(lines.map(s -> "WEBVTT\n\n" + s)), b -> TranscriptParser.parse(file("t.vtt", b)));
        Fuzz.run(".srt", encoded(lines), b -> TranscriptParser.parse(file("t.srt", b)));
    }

    @Test
    void docxFiles() {
        Arbitrary<String> text = Fuzz.pieces(TEXT, 6).map(t -> t.replace("&", "&amp;").replace("<", "&lt;").replace("\u0000", ""));
        Arbitrary<String> inline = Arbitraries.oneOf(text.map(t -> "<w:r><w:t xml:space=\"preserve\">" + t + "</w:t></w:r>"),
                Arbitraries.of("<w:tab/>", "<w:br/>", "<w:r><w:delText>gone</w:delText></w:r>", "<w:r><w:instrText>PAGE</w:instrText></w:r>",
                        "<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>box</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>box</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>"));
        Arbitrary<String> paragraphs = inline.list().ofMaxSize(6).map(l -> "<w:p>" + String.join("", l) + "</w:p>").list().ofMaxSize(8)
                .map(l -> String.join("", l));
        Arbitrary<String> body = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, paragraphs), net.jqwik.api.Tuple.of(1, Fuzz.pieces(DOCX_XML, 40)));
        Arbitrary<byte[]> document = body.map(b -> ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" + b
                + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> docx = net.jqwik.api.Combinators.combine(document, Arbitraries.of("word/document.xml", "word/document.xml", "word/other.xml"),
                Arbitraries.integers().between(-2400, 600)).as((xml, entry, cut) -> zip(entry, cut >= 0 && cut < xml.length ? java.util.Arrays.copyOf(xml, cut) : xml));
        Arbitrary<byte[]> damaged = net.jqwik.api.Combinators.combine(docx, Arbitraries.integers().between(0, 1000), Arbitraries.bytes())
                .as((z, at, b) -> {
                    byte[] copy = z.clone();
                    copy[at % copy.length] = b;
                    return copy;
                });
        Fuzz.run(".docx", Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, docx), net.jqwik.api.Tuple.of(3, damaged),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300))), b -> TranscriptParser.parse(file("t.docx", b)));
    }

    private static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }
}
