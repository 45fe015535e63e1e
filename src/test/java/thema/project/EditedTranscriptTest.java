package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.coding.Codings;

/** Issue 17.5: after a hand edit of a transcript every command that reads the project stops, not only check, search and quotes. */
class EditedTranscriptTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandRefusesAnEditedTranscriptAndNothingIsCoded() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: Jan called the school\n\nB: fine thanks\n", Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 6, "care decisions", "anna", "t")), "x");
        assertEquals(0, thema("counts", dir).rc(), "verified once: the stamp of the text is remembered");
        Path text = dir.resolve("documents/d1.txt");
        FileTime before = Files.getLastModifiedTime(text);
        Files.writeString(text, "A: Kim called the school\n\nB: fine thanks\n"); // same length: only the checksum tells
        Files.setLastModifiedTime(text, FileTime.fromMillis(before.toMillis() + 2000)); // saved a little later, as an editor would
        Path codings = dir.resolve("codings/anna.yaml");
        String saved = Files.readString(codings);
        for (Object[] cmd : List.of(
                new Object[]{"code", dir, "--coder", "anna", "--code", "process", "--doc", "d1", "--turn", "2"},
                new Object[]{"counts", dir},
                new Object[]{"codings", dir, "--coder", "anna"},
                new Object[]{"docs", dir},
                new Object[]{"check", dir})) {
            CliRun r = thema(cmd);
            assertEquals(1, r.rc(), cmd[0] + " must refuse the project: " + r.out());
            assertEquals("thema: " + text + ": text no longer matches its SHA-256; transcripts must not be edited after import\n", r.err(), cmd[0].toString());
        }
        assertEquals(saved, Files.readString(codings), "nothing coded against the changed text");
    }

    @Test
    void aTextEditedAfterTheProjectWasOpenedIsRefusedWhenItIsRead() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: Jan called the school\n\nB: fine thanks\n", Map.of());
        Path text = dir.resolve("documents/d1.txt");
        Files.setLastModifiedTime(text, FileTime.fromMillis(System.currentTimeMillis() - 10_000)); // settled: its stamp is trusted
        Project opened = Project.open(dir); // verified at open, by hash or by its stamp
        FileTime before = Files.getLastModifiedTime(text);
        Files.writeString(text, "A: Kim called the school\n\nB: fine thanks\n");
        Files.setLastModifiedTime(text, FileTime.fromMillis(before.toMillis() + 2000));
        ThemaException e = org.junit.jupiter.api.Assertions.assertThrows(ThemaException.class, () -> opened.document("d1").text(),
                "the stamp it was verified at no longer holds: the text is hashed when read");
        assertTrue(e.getMessage().endsWith("text no longer matches its SHA-256; transcripts must not be edited after import"), e.getMessage());
        Files.writeString(text, "A: Jan called the school\n\nB: fine thanks\n");
        Files.setLastModifiedTime(text, FileTime.fromMillis(before.toMillis() + 4000));
        assertEquals("A: Jan called the school\n\nB: fine thanks\n", Project.open(dir).document("d1").text().toString(), "restored: read again");
    }
}
