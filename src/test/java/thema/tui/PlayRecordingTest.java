package thema.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.project.Codebook;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestProjects;

/** A .vtt with its recording beside it: imported with the media linked, played from the workbench through a stand-in player. */
class PlayRecordingTest {
    @TempDir
    Path tmp;
    Path dir, recordings, args;
    Project p;
    Workbench w;
    TerminalScreen screen;

    static final String VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.500\n<v Interviewer>Hoe begon het?\n\n"
            + "00:00:04.500 --> 00:00:09.250\n<v Respondent>Met een brief van de school, één brief 😊.\n\n"
            + "00:00:10.000 --> 00:00:12.000\n<v Interviewer>En daarna?\n";

    @BeforeEach
    void setUp() throws IOException {
        dir = tmp.resolve("project");
        recordings = Files.createDirectories(tmp.resolve("recordings"));
        Files.writeString(recordings.resolve("gesprek 1.vtt"), VTT, StandardCharsets.UTF_8);
        Files.write(recordings.resolve("gesprek 1.mp3"), new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
        assertEquals(0, CliRun.thema("init", dir, "--language", "nl").rc());
        CliRun r = CliRun.thema("import", dir, recordings.resolve("gesprek 1.vtt"));
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("recording ../recordings/gesprek 1.mp3"), r.out());
        args = tmp.resolve("args.txt");
        Path player = tmp.resolve("player.sh");
        Files.writeString(player, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + args + ".part\" && mv \"" + args + ".part\" \"" + args + "\"\n");
        Files.setPosixFilePermissions(player, PosixFilePermissions.fromString("rwx------"));
        p = Project.open(dir);
        w = new Workbench(p, "anna", false);
        w.environment = Map.of("THEMA_PLAYER", player + " --from={start} --to={end} {file}", "PATH", "");
        screen = TestScreens.open(w, 100, 24);
    }

    @AfterEach
    void close() throws IOException {
        screen.stopScreen();
    }

    List<String> played() throws Exception {
        for (int i = 0; i < 200 && !Files.exists(args); i++) Thread.sleep(25);
        assertTrue(Files.exists(args), "the stand-in player did not run; status: " + w.message);
        List<String> a = Files.readAllLines(args, StandardCharsets.UTF_8);
        Files.delete(args);
        return a;
    }

    @Test
    void theMediaIsLinkedRelativeToTheProjectWithItsChecksum() throws IOException {
        Document d = p.document("gesprek-1");
        assertEquals("../recordings/gesprek 1.mp3", d.meta().media.path());
        assertEquals(Document.sha256(Files.readAllBytes(recordings.resolve("gesprek 1.mp3"))), d.meta().media.sha256());
        String yaml = Files.readString(dir.resolve("documents/gesprek-1.yaml"));
        assertTrue(yaml.contains("media:") && yaml.contains("path: ../recordings/gesprek 1.mp3"), yaml);
    }

    @Test
    void pPlaysTheSelectedTurnFromItsStart_andShiftPFromTheSelection() throws Exception {
        TestScreens.type(w, screen, KeyType.Enter, KeyType.ArrowDown);
        String screenText = TestScreens.text(screen);
        assertTrue(screenText.contains("Respondent:  00:00:04"), "times show in the transcript\n" + screenText);
        TestScreens.type(w, screen, "p");
        Path file = recordings.resolve("gesprek 1.mp3").toAbsolutePath().normalize();
        assertEquals(List.of("--from=4.500", "--to=9.250", file.toString()), played());
        assertTrue(w.message.startsWith("playing gesprek 1.mp3 from 4.500 s to 9.250 s"), w.message);

        // the last turn has its own end; Shift-P from its selection plays on, with no end
        TestScreens.type(w, screen, KeyType.End, "P");
        assertEquals(List.of("--from=10.000", file.toString()), played());
    }

    @Test
    void noPlayerOrNoTimesOrNoRecordingIsOneStatusLine() throws Exception {
        w.environment = Map.of("PATH", tmp.toString());
        TestScreens.type(w, screen, KeyType.Enter, "p");
        assertTrue(w.message.startsWith("no player found: install mpv, ffplay or vlc, or set THEMA_PLAYER"), w.message);
        assertTrue(TestScreens.text(screen).contains("no player found"));
        assertFalse(Files.exists(args));

        Project q = TestProjects.create(tmp.resolve("q"));
        TestProjects.addDocument(q, "plain", "Interviewer: Geen tijden hier.\n\nRespondent: Nee.\n\nInterviewer: Goed.\n", Map.of());
        Workbench v = new Workbench(q, "anna", false);
        v.environment = w.environment;
        v.key(new KeyStroke(KeyType.Enter));
        v.key(new KeyStroke('p', false, false));
        assertEquals("plain has no recording (link one: thema media DIR --doc plain FILE)", v.message);
        Path mp3 = Files.write(tmp.resolve("plain.mp3"), new byte[] {1, 2, 3});
        assertEquals(0, CliRun.thema("media", q.dir(), "--doc", "plain", mp3).rc());
        v = new Workbench(Project.open(q.dir()), "anna", false);
        v.key(new KeyStroke(KeyType.Enter));
        v.key(new KeyStroke('p', false, false));
        assertTrue(v.message.startsWith("turn 1 has no time"), v.message);
    }

    @Test
    void theMediaCommandLinksListsAndChecks() throws IOException {
        Project q = Project.init(tmp.resolve("q"), "q", "en", Codebook.empty());
        TestProjects.addDocument(q, "t01", "Interviewer: Hello.\n", Map.of());
        Path video = Files.createDirectories(q.dir().resolve("media")).resolve("t01.mp4");
        Files.write(video, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        CliRun r = CliRun.thema("media", q.dir(), "--doc", "t01", video);
        assertEquals(0, r.rc(), r.err());
        assertEquals("Linked t01 to media/t01.mp4", r.out().strip());
        assertEquals("t01\tmedia/t01.mp4\tok", CliRun.thema("media", q.dir()).out().strip());
        Files.write(video, new byte[] {1});
        assertEquals("t01\tmedia/t01.mp4\tchanged", CliRun.thema("media", q.dir()).out().strip());
        Files.delete(video);
        assertEquals("t01\tmedia/t01.mp4\tmissing", CliRun.thema("media", q.dir()).out().strip());

        CliRun bad = CliRun.thema("media", q.dir(), "--doc", "t01", q.dir().resolve("notes.txt"));
        assertEquals(1, bad.rc());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("notes.txt: no such recording"), bad.err());
        Files.writeString(q.dir().resolve("notes.txt"), "x");
        assertTrue(CliRun.thema("media", q.dir(), "--doc", "t01", q.dir().resolve("notes.txt")).err().contains("not a recording thema knows"));
        assertEquals(2, CliRun.thema("media", q.dir(), video).rc(), "a FILE needs --doc");
        assertEquals(0, CliRun.thema("media", q.dir(), "--doc", "t01", "--remove").rc());
        assertEquals("", CliRun.thema("media", q.dir()).out().strip());
        CliRun two = CliRun.thema("import", q.dir(), "--media", video, tmp.resolve("a.txt"), tmp.resolve("b.txt"));
        assertEquals(1, two.rc());
    }
}
