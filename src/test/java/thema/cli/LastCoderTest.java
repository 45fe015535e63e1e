package thema.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static thema.cli.CliRun.thema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.LastCoder;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.Yaml;

/** Opening the workbench remembers its coder per machine under .thema/, never in the git-tracked thema.yaml. */
class LastCoderTest {
    @TempDir
    Path tmp;

    /** {@code thema tui} without a terminal: it settles the coder, then stops with one line (tests have no console). */
    static void openWorkbench(Path dir, String... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = "tui";
        args[1] = dir;
        System.arraycopy(more, 0, args, 2, more.length);
        CliRun r = thema(args);
        assertEquals("thema: the workbench needs a terminal; use the other commands in scripts", r.err().strip());
    }

    @Test
    void theWorkbenchLeavesThemaYamlAlone() throws IOException {
        Path dir = tmp.resolve("study");
        TestProjects.create(dir);
        byte[] config = Files.readAllBytes(dir.resolve("thema.yaml"));
        openWorkbench(dir, "--coder", "jan");
        assertArrayEquals(config, Files.readAllBytes(dir.resolve("thema.yaml")), "thema.yaml is git-tracked: opening the workbench must not change it");
        assertEquals(Optional.of("jan"), LastCoder.read(Project.open(dir)));
        assertEquals("jan\n", Files.readString(dir.resolve(".thema/last_coder")));
        assertEquals(".thema/\n", Files.readString(dir.resolve(".gitignore")), "the place is ignored by git");
    }

    @Test
    void anOldProjectsLastCoderIsReadButNeverWrittenAgain() throws IOException {
        Path dir = tmp.resolve("care-study");
        TestProjects.copyExample("care-study", dir);
        byte[] config = Files.readAllBytes(dir.resolve("thema.yaml"));
        assertEquals(Optional.of("anna"), LastCoder.read(Project.open(dir)), "last_coder in thema.yaml is the fallback");
        openWorkbench(dir);
        assertEquals("anna\n", Files.readString(dir.resolve(".thema/last_coder")), "without --coder the old project's last coder opens");
        openWorkbench(dir, "--coder", "ben");
        assertEquals(Optional.of("ben"), LastCoder.read(Project.open(dir)));
        assertArrayEquals(config, Files.readAllBytes(dir.resolve("thema.yaml")));
        // any later save of thema.yaml drops the old key rather than writing it again
        String written = new String(Yaml.write(Project.open(dir).config()), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(written.contains("last_coder"), written);
    }
}
