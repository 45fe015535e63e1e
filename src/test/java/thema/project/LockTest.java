package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;

/** A write waits for the lock and then builds on what the lock holder saved: nothing is overwritten. */
class LockTest {
    @TempDir
    Path dir;

    @Test
    void aWriterWaitsForTheLockAndKeepsTheHoldersChanges() throws Exception {
        Project a = TestProjects.create(dir);
        TestProjects.addDocument(a, "d1", "A: one\n\nB: two\n", Map.of());
        Project b = Project.open(dir);
        // a saves after b was opened: b's write must reload and keep it
        a.write(ch -> {
            ch.coder(new CoderFile("anna", List.of(),
                    List.of(new Coding("d1", 11, 14, "care decisions/process", "anna", Coding.now()))));
            return null;
        });
        CompletableFuture<Void> waiting;
        try (ProjectLock held = ProjectLock.acquire(dir)) {
            waiting = CompletableFuture.runAsync(() -> Codings.add(b, "ben",
                    List.of(new Coding("d1", 3, 6, "care decisions", "ben", Coding.now())), "ben codes"));
            Thread.sleep(300);
            assertFalse(waiting.isDone(), "the second writer must wait while the lock is held");
        }
        waiting.get(10, TimeUnit.SECONDS);
        Project c = Project.open(dir);
        assertEquals(1, c.coder("anna").codings().size(), "the earlier save survives");
        assertEquals(1, c.coder("ben").codings().size(), "the waiting writer's save lands after it");
        assertTrue(c.coders().containsAll(List.of("anna", "ben")));
    }
}
