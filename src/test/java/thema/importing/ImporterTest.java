package thema.importing;

import static thema.cli.CliRun.thema;
import thema.cli.CliRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.TestTrees;
import thema.project.Turn;

/** Import through the project: what is parsed is what is saved and read back, and bad input changes nothing. */
class ImporterTest {
    @TempDir
    Path tmp;



    private Path file(String name, byte[] bytes) throws IOException {
        Path f = tmp.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
        return f;
    }

    @Test
    void importedTextAndTurnsSurviveAReopen() throws IOException {
        Path dir = tmp.resolve("p");
        Project p = TestProjects.create(dir);
        Path f = file("school01.txt", "\uFEFFInterviewer: Hoe betrekt u de ouders?\r\n\r\nLeraar: Ik bel ze — altijd. “Zorg” is samen 😊\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("school01"), Importer.importFiles(p, List.of(f), null, Map.of("schooltype", "regular")));

        Document d = Project.open(dir).document("school01");
        String text = d.text().string();
        assertFalse(text.startsWith("\uFEFF"), "BOM removed");
        assertFalse(text.contains("\r"), "CRLF turned into LF");
        assertEquals(2, d.turns().size());
        Turn t2 = d.turn(2);
        assertEquals("Leraar", t2.speaker());
        assertEquals("Ik bel ze — altijd. “Zorg” is samen 😊", d.text().substring(t2.body(), t2.end()));
        assertEquals("regular", d.attributes().get("schooltype"));
        assertEquals(Document.sha256(text.getBytes(StandardCharsets.UTF_8)), d.meta().sha256);
    }

    @Test
    void subtitleTimesAreStoredAsTextAndReadBack() throws IOException {
        Path dir = tmp.resolve("p");
        Project p = TestProjects.create(dir);
        Path f = file("zoom.vtt", ("WEBVTT\n\n1\n00:00:00.050 --> 00:00:01.790\nAnna de Vries: Goedemiddag.\n\n"
                + "2\n00:01:02.070 --> 00:01:04.050\nBen: Hallo!\n\n"
                + "3\n00:01:05.000 --> 00:01:06.000\nAnna de Vries: Zullen we?\n\n"
                + "4\n00:01:07.000 --> 00:01:08.000\nBen: Ja.\n").getBytes(StandardCharsets.UTF_8));
        Importer.importFiles(p, List.of(f), null, Map.of());
        Document d = Project.open(dir).document("zoom");
        assertEquals(4, d.turns().size());
        assertEquals("Anna de Vries", d.turn(1).speaker());
        assertTrue(d.turn(2).from().startsWith("00:01:02"), d.turn(2).from());
    }

    @Test
    void oneBadFileImportsNothing() throws IOException {
        Path dir = tmp.resolve("p");
        TestProjects.create(dir);
        String before = TestTrees.snapshot(dir);
        Path good = file("good.txt", "I: Vraag?\n\nR: Antwoord.\n".getBytes(StandardCharsets.UTF_8));
        Path binary = file("photo.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        CliRun r = thema("import", dir.toString(), good.toString(), binary.toString());
        assertEquals(1, r.rc());
        assertTrue(r.err().startsWith("thema: photo.txt:"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertEquals(before, TestTrees.snapshot(dir), "project unchanged");
    }

    @Test
    void emptyMissingAndClashingFilesAreRefused() throws IOException {
        Path dir = tmp.resolve("p");
        TestProjects.create(dir);
        Path empty = file("empty.txt", new byte[0]);
        CliRun r = thema("import", dir.toString(), empty.toString());
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("empty.txt"), r.err());

        r = thema("import", dir.toString(), tmp.resolve("nope.txt").toString());
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("nope.txt") && r.err().contains("no such file"), r.err());

        Path a = file("s1.txt", "R: een\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, thema("import", dir.toString(), a.toString()).rc());
        String before = TestTrees.snapshot(dir);
        r = thema("import", dir.toString(), a.toString());
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("already in the project"), r.err());
        assertEquals(before, TestTrees.snapshot(dir));

        r = thema("import", dir.toString(), a.toString(), "--as", "s1-again", "--attr", "schooltype=special");
        assertEquals(0, r.rc(), r.err());
        assertEquals("special", Project.open(dir).document("s1-again").attributes().get("schooltype"));
    }

    @Test
    void windows1252IsDetectedAndConverted() throws IOException {
        Path dir = tmp.resolve("p");
        Project p = TestProjects.create(dir);
        Path f = file("oud.txt", "Interviewer: Wat is één café?\r\nLeraar: Dat weet ik niet – sorry.\r\n".getBytes(Charset.forName("windows-1252")));
        Importer.importFiles(p, List.of(f), null, Map.of());
        Document d = Project.open(dir).document("oud");
        assertEquals("Interviewer: Wat is één café?\nLeraar: Dat weet ik niet – sorry.\n", d.text().string());
        assertEquals(2, d.turns().size());
    }

    @Test
    void everyRealFileImportsAndReopensExceptTheEmptyDocx() {
        Path real = Path.of("../shared/realfiles");
        Assumptions.assumeTrue(Files.isDirectory(real), "../shared/realfiles absent: skipping");
        Path dir = tmp.resolve("p");
        TestProjects.create(dir);
        for (String name : List.of("zoom_GMT20240124-202901_Recording.transcript.vtt", "teams_transcript-cleanup.vtt",
                "whisper-ctranslate2_dosparlants.vtt", "whisper-ctranslate2_dosparlants.srt",
                "textreadr_Yasmine_Interview_Transcript.docx", "textreadr_pres.deb1.docx", "unstructured_teams_chat.docx",
                "noscribe_interview.txt", "noscribe_interview.vtt")) {
            // the .srt and .vtt twins share a base name: the second needs its own id
            String id = name.replace('.', '-');
            CliRun r = thema("import", dir.toString(), real.resolve(name).toString(), "--as", id);
            assertEquals(0, r.rc(), name + ": " + r.err());
        }
        Project p = Project.open(dir);
        assertEquals(9, p.documents().size());
        assertEquals(25, p.document("zoom_GMT20240124-202901_Recording-transcript-vtt").turns().size());
        CliRun r = thema("import", dir.toString(), real.resolve("nvivo_d097e6fd-7671-4d95-a8b6-7795fa4a72e1.docx").toString());
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("no text"), r.err());
    }
}
