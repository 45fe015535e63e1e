package thema.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static thema.cli.CliRun.thema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.project.Project;
import thema.project.TestProjects;

/** Which encoding a text file is read in is decided per file with evidence, and refused rather than guessed. */
class EncodingTest {
    static final Path REAL = Path.of("../shared/realfiles");

    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void project() {
        dir = tmp.resolve("study");
        TestProjects.create(dir);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    /** Imports and expects one line naming the file, exit 1 and no document. */
    /** {@code thema import DIR FILE OPTIONS...}. */
    private CliRun importing(Path file, Object... options) {
        Object[] args = new Object[3 + options.length];
        args[0] = "import";
        args[1] = dir;
        args[2] = file;
        System.arraycopy(options, 0, args, 3, options.length);
        return thema(args);
    }

    private String refused(Path file, Object... options) {
        CliRun r = importing(file, options);
        assertEquals(1, r.rc(), r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("thema: " + file.getFileName() + ": "), err);
        assertTrue(Project.open(dir).documents().isEmpty(), "nothing imported");
        return err;
    }

    private String imported(Path file, Object... options) {
        CliRun r = importing(file, options);
        assertEquals(0, r.rc(), r.err());
        String id = Importer.idFor(file);
        return Project.open(dir).document(id).text().string();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void aStrayByteInARealUtf8TranscriptIsNamedNotTurnedIntoMojibake() throws IOException {
        for (String name : List.of("noscribe_interview.txt", "whisper-ctranslate2_dosparlants.srt", "noscribe_interview.vtt")) {
            Path real = REAL.resolve(name);
            assumeTrue(Files.exists(real), "../shared/realfiles is absent: skipping the real transcripts");
            byte[] bytes = Files.readAllBytes(real);
            // one byte in the middle of an ASCII space made 0xE9 (é in Windows-1252, a bad byte in UTF-8)
            int at = bytes.length / 2;
            while (bytes[at] != ' ') at++;
            bytes[at] = (byte) 0xE9;
            int line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
            Path copy = write(name, bytes);
            String err = refused(copy);
            assertTrue(err.contains("UTF-8 apart from the byte at " + at + " (line " + line + ")"), err);
            assertTrue(err.contains("--encoding NAME"), err);
            // the whole file is still read as UTF-8 when the byte is fixed
            bytes[at] = ' ';
            Path fixed = write(name, bytes);
            assertEquals(TranscriptParser.parse(real), TranscriptParser.parse(fixed));
        }
    }

    @Test
    void aStrayByteInSyntheticUtf8IsNamedAndAGivenEncodingIsObeyed() throws IOException {
        byte[] before = "Interviewer: Wie groß ist die Schule?\nRespondent: Eine große Schule".getBytes(StandardCharsets.UTF_8);
        byte[] text = concat(before, new byte[] {(byte) 0x81}, "\nInterviewer: Danke.\n".getBytes(StandardCharsets.UTF_8));
        Path f = write("stray.txt", text);
        String err = refused(f);
        assertTrue(err.contains("UTF-8 apart from the byte at " + before.length + " (line 2)"), err);
        err = refused(f, "--encoding", "UTF-8");
        assertTrue(err.endsWith("not valid UTF-8 at byte " + before.length + " (line 2)"), err);
        // said to be Windows-1252, it is read so (the researcher's choice)
        assertTrue(imported(f, "--encoding", "windows-1252").contains("Eine groÃŸe Schule"));
    }

    @Test
    void windows1252IsStillReadWhenNoByteIsUtf8() throws IOException {
        Path f = write("legacy.txt", "Interviewer: Wie groß? „Fuß“\r\nRespondent: Café, naïve, ça va – très bien… ½\r\n"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals("Interviewer: Wie groß? „Fuß“\nRespondent: Café, naïve, ça va – très bien… ½\n", imported(f));
    }

    @Test
    void utf16WithoutABomIsReadNotCalledBinary() throws IOException {
        String s = "Interviewer: Hoe gaat het met Zoë?\nRespondent: Goed, dank je. “Prima”.\n";
        assertEquals(s, imported(write("le.txt", s.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(s, imported(write("be.txt", s.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void shiftJisKoi8AndGbkAreRefusedUnlessNamed() throws IOException {
        String japanese = "インタビュアー: 学校についてどう思いますか？\n回答者: とても良い学校だと思います。先生はみんな親切です。\n";
        String russian = "Интервьюер: Как вы относитесь к школе?\nРеспондент: Школа хорошая, учителя добрые.\n";
        String chinese = "采访者: 你觉得学校怎么样？\n受访者: 我觉得学校很好，老师们都很友好。\n";
        for (String[] c : new String[][] {{"sjis.txt", "Shift_JIS", japanese}, {"koi8.txt", "KOI8-R", russian},
                {"cp1251.txt", "windows-1251", russian}, {"gbk.txt", "GBK", chinese}}) {
            dir = tmp.resolve("study-" + c[1]);
            TestProjects.create(dir);
            Path f = write(c[0], c[2].getBytes(Charset.forName(c[1])));
            String err = refused(f);
            assertTrue(err.contains("Shift-JIS, GBK, KOI8-R or Windows-1251") && err.contains("--encoding NAME"), err);
            assertEquals(c[2], imported(f, "--encoding", c[1]), c[1]);
        }
    }

    @Test
    void anUnknownEncodingNameIsBadUsage() throws IOException {
        Path f = write("a.txt", "I: hi\n".getBytes(StandardCharsets.UTF_8));
        CliRun r = thema("import", dir, f, "--encoding", "klingon-8");
        assertEquals(2, r.rc(), r.out());
        assertTrue(r.err().contains("--encoding: unknown encoding 'klingon-8'"), r.err());
        assertFalse(r.err().contains("java."), r.err());
        assertTrue(Project.open(dir).documents().isEmpty());
    }
}
