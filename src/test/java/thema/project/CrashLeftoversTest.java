package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.coding.Codings;

/** Issue 17.1: a kill before a save's journal leaves hidden temp files; the next command removes them, under the lock. */
class CrashLeftoversTest {
    @TempDir
    Path dir;

    private List<Path> temps() throws Exception {
        return TestTrees.files(dir).stream().filter(f -> f.getFileName().toString().matches("\\..+\\.[0-9]+\\.tmp")).toList();
    }

    @Test
    void checkRemovesAndReportsTheTempFilesAKillLeft() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: Jan Peeters called\n", Map.of());
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 6, "care decisions", "anna", "t")), "x");
        // the first half of saves that a kill -9 stopped before their journal: a transcript and a coder's file
        Path text = AtomicFiles.writeTemp(dir.resolve("documents/d1.txt"), "A: Jan Peeters called\n".getBytes(StandardCharsets.UTF_8));
        Path coder = AtomicFiles.writeTemp(dir.resolve("codings/anna.yaml"), "coder: anna\n".getBytes(StandardCharsets.UTF_8));
        Path derived = AtomicFiles.writeTemp(dir.resolve(".thema/history/anna.log"), "{}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(3, temps().size());

        CliRun r = thema("check", dir);
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("Removed 3 temporary files an interrupted save left"), r.out());
        assertTrue(r.out().contains(dir.relativize(text).toString()) && r.out().contains(dir.relativize(coder).toString())
                && r.out().contains(dir.relativize(derived).toString()), r.out());
        assertTrue(r.out().contains("OK: 1 document "), r.out());
        assertEquals(List.of(), temps());
        assertEquals(1, Project.open(dir).coder("anna").codings().size());
    }

    @Test
    void aWriteRemovesLeftoversFirst() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: one two three\n", Map.of());
        AtomicFiles.writeTemp(dir.resolve("codings/anna.yaml"), "coder: anna\n".getBytes(StandardCharsets.UTF_8));
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 6, "care decisions", "anna", "t")), "x");
        assertEquals(List.of(), temps(), "removed by the write on a project opened before the crash");
    }

    @Test
    void filesThatOnlyLookAlikeAreKept() throws Exception {
        Project p = TestProjects.create(dir);
        Path mine = Files.writeString(dir.resolve("documents/.notes.tmp"), "my own file");
        Path other = Files.writeString(dir.resolve(".anna.yaml.12.tmp.bak"), "x");
        Project q = Project.open(dir);
        assertTrue(Files.exists(mine) && Files.exists(other));
        assertEquals(List.of(), q.removedTemps());
    }

    /** The lock decides: a temp file that a live save (here another thread holding the lock) is writing is left alone. */
    @Test
    void aLiveSavesTempFileIsNotTouched() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: one two three\n", Map.of());
        Path target = dir.resolve("themes.yaml");
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        CompletableFuture<Void> saver = CompletableFuture.runAsync(() -> {
            try (ProjectLock held = ProjectLock.acquire(dir)) {
                Path tmp = AtomicFiles.writeTemp(target, "themes: []\n".getBytes(StandardCharsets.UTF_8));
                opened.complete(true);
                Thread.sleep(300); // an opening reader waits meanwhile
                assertTrue(Files.exists(tmp), "the reader removed a live save's temp file");
                AtomicFiles.moveIntoPlace(tmp, target);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        opened.get(10, TimeUnit.SECONDS);
        Project q = Project.open(dir);
        saver.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), q.removedTemps());
        assertEquals("themes: []\n", Files.readString(target));
        assertFalse(temps().iterator().hasNext());
    }
}
