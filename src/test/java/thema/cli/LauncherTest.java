package thema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.TestProjects;
import thema.project.TestTrees;

/**
 * The launcher's start-up archive only ever changes speed: with none, a fresh one, a damaged one
 * or the archive turned off, a command prints the same and exits the same.
 */
class LauncherTest {
    @TempDir
    Path tmp;

    @Test
    void theStartupArchiveNeverChangesWhatACommandDoes() throws Exception {
        Path jar = jarOfThisBuild(tmp.resolve("lib"));
        Path project = TestProjects.copyExample("care-study", tmp.resolve("p")).dir();
        Path archive = tmp.resolve("lib/thema.jsa");

        Result off = launch(jar, project, "0");
        assertEquals(0, off.rc, off.err);
        assertTrue(off.out.contains("care decisions"), off.out);

        Result first = launch(jar, project, "1");   // makes the archive
        assertTrue(Files.isRegularFile(archive), "the launcher made " + archive);
        Result second = launch(jar, project, "1");  // uses it
        Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));
        Result damaged = launch(jar, project, "1"); // a damaged archive is skipped by the JVM
        for (Result r : List.of(first, second, damaged)) {
            assertEquals(off.rc, r.rc, r.err);
            assertEquals(off.out, r.out);
            assertEquals("", r.err);
        }
    }

    private record Result(int rc, String out, String err) {
    }

    private Result launch(Path jar, Path project, String cds) throws Exception {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("thema").toAbsolutePath().toString(),
                "counts", project.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("THEMA_JAR", jar.toString());
        pb.environment().put("THEMA_CDS", cds);
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher finished");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A jar of target/classes whose manifest names the dependency jars copied beside it, as the shaded jar would hold them. */
    private static Path jarOfThisBuild(Path lib) throws IOException {
        Files.createDirectories(lib);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> deps = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            Path e = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(e)) {
                Path copy = lib.resolve(deps.size() + "-" + e.getFileName());
                Files.copy(e, copy);
                deps.add(copy.getFileName().toString());
            }
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "thema.cli.Main");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", deps));
        Path classes = Path.of("target/classes").toAbsolutePath();
        Path jar = lib.resolve("thema.jar");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(os, m)) {
            for (Path f : TestTrees.files(classes)) {
                jos.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, jos);
                jos.closeEntry();
            }
        }
        return jar;
    }
}
