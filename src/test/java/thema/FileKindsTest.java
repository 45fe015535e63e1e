package thema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.CodebookEdits;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.FileKind;
import thema.project.FileKinds;
import thema.project.LastCoder;
import thema.project.Project;
import thema.project.ProjectCheck;
import thema.project.TestProjects;
import thema.project.TestTrees;
import thema.project.ThemaException;

/**
 * The registry of project files is complete, and a rename and {@code thema check} go through it:
 * a kind declared anywhere in the sources is registered, every registered kind that names code
 * paths follows a rename (and its undo), and a damaged file of every registered kind is reported.
 */
class FileKindsTest {
    @TempDir
    Path dir;

    /** A file of each kind that names code paths, naming 'care decisions/process' (key "anna" for one file per key). */
    private static final Map<String, String> NAMING_PROCESS = new LinkedHashMap<>();

    static {
        NAMING_PROCESS.put("codings", "coder: anna\ncodings:\n  - doc: t1\n    start: 0\n    end: 7\n    code: care decisions/process\n"
                + "    author: anna\n    time: 2026-01-01T00:00:00Z\n");
        NAMING_PROCESS.put("memos", "coder: anna\nmemos:\n  - code: care decisions/process\n    time: 2026-01-01T00:00:00Z\n    text: central\n");
        NAMING_PROCESS.put("themes", "themes:\n  - name: Deciding\n    codes: [care decisions/process]\n");
        NAMING_PROCESS.put("decisions", "coders: [anna, ben]\ndecisions:\n  - doc: t1\n    turn: 1\n    decision: code\n    code: care decisions/process\n"
                + "    time: 2026-01-01T00:00:00Z\n");
        NAMING_PROCESS.put("pins", "- care decisions/process\n- communication/one-way\n");
    }

    @Test
    void everyKindDeclaredInTheSourcesIsRegistered() throws Exception {
        Pattern declared = Pattern.compile("static\\s+final\\s+FileKind<[^=;]*>\\s+(\\w+)\\s*=");
        List<String> found = new ArrayList<>();
        for (Path f : TestTrees.files(Path.of("src/main/java"))) {
            Matcher m = declared.matcher(Files.readString(f));
            String cls = Path.of("src/main/java").relativize(f).toString().replace('/', '.').replace('\\', '.').replaceFirst("\\.java$", "");
            while (m.find()) {
                Field field = Class.forName(cls).getDeclaredField(m.group(1));
                assertTrue(Modifier.isStatic(field.getModifiers()), cls + "." + m.group(1));
                field.setAccessible(true);
                FileKind<?> kind = (FileKind<?>) field.get(null);
                assertTrue(FileKinds.all().contains(kind), cls + "." + m.group(1) + " (" + kind + ") is not in the registry: add it to its package's "
                        + "FileKinds.Provider (listed in META-INF/services) so that rename and check see it");
                found.add(kind.name());
            }
        }
        assertEquals(FileKinds.all().size(), found.size(), "every registered kind is declared as a constant: " + found);
        for (FileKind<?> k : FileKinds.all()) {
            assertEquals(k.isDerived(), k.pattern().startsWith(Project.DERIVED + "/"), k + ": derived exactly when under " + Project.DERIVED);
            assertEquals(k, FileKinds.of(k.isFolder() ? k.relative("anna") : k.pattern()), k + ": its files are its own");
        }
    }

    @Test
    void aRenameRewritesEveryRegisteredKindThatNamesCodesAndItsUndoPutsThemBack() throws Exception {
        List<FileKind<?>> naming = FileKinds.all().stream().filter(FileKind::namesCodes).toList();
        for (FileKind<?> k : naming) assertNotNull(NAMING_PROCESS.get(k.name()), k + " names codes: add a file of it to NAMING_PROCESS");
        for (String name : NAMING_PROCESS.keySet()) {
            assertTrue(naming.stream().anyMatch(k -> k.name().equals(name)), name + ": no registered kind of that name names codes");
        }
        Project p = fresh("rename");
        for (FileKind<?> k : naming) {
            Files.createDirectories(fileOf(p, k, "anna").getParent());
            Files.writeString(fileOf(p, k, "anna"), NAMING_PROCESS.get(k.name()));
        }
        p = Project.open(p.dir());
        CodebookEdits.rename(p, "anna", "care decisions/process", "deciding");
        for (FileKind<?> k : naming) {
            String after = read(p, k);
            assertTrue(after.contains("care decisions/deciding") && !after.contains("care decisions/process"), k + " follows the rename:\n" + after);
        }
        assertEquals("rename care decisions/process", Codings.undo(p, "anna"));
        for (FileKind<?> k : naming) {
            String back = read(p, k);
            assertTrue(back.contains("care decisions/process") && !back.contains("care decisions/deciding"), k + " follows the undo:\n" + back);
        }
        // the project still reads and checks clean: every rewritten file holds together
        ProjectCheck c = Project.open(p.dir()).check();
        assertTrue(c.ok(), c.findings().toString());
    }

    @Test
    void checkReportsADamagedFileOfEveryRegisteredKind() throws Exception {
        byte[] damage = "- [unclosed\nnot: json\n".getBytes(StandardCharsets.UTF_8);
        for (FileKind<?> k : FileKinds.all()) {
            Path copy = fresh("damaged-" + k.name().replace(' ', '-')).dir();
            Path file = copy.resolve(k.isFolder() ? k.relative("t1") : k.pattern());
            Files.createDirectories(file.getParent());
            Files.write(file, damage);
            Project opened;
            try {
                opened = Project.open(copy);
            } catch (ThemaException e) {
                // the kinds every command reads refuse the project at once, naming the file
                assertFalse(k.isDerived(), k + ": a derived file never stops a project opening: " + e.getMessage());
                assertTrue(e.getMessage().startsWith(file.toString()), k + ": " + e.getMessage());
                continue;
            }
            ProjectCheck c = opened.check();
            if (k.isDerived()) {
                assertTrue(c.ok(), k + ": a damaged derived file is no error: " + c.findings());
                assertTrue(c.about(ProjectCheck.Topic.FILE, ProjectCheck.Severity.NOTE).stream().anyMatch(f -> f.describe().startsWith(file.toString())),
                        k + ": a note names " + file + ": " + c.findings());
            } else {
                assertFalse(c.ok(), k + ": check fails on " + file);
                assertTrue(c.about(ProjectCheck.Topic.FILE, ProjectCheck.Severity.ERROR).stream().anyMatch(f -> file.toString().equals(f.file())),
                        k + ": an error names " + file + ": " + c.findings());
            }
        }
    }

    /** The care codebook, one document t1, anna's coding on it with a step in her undo history, and the last coder: a fresh copy each time. */
    private Project fresh(String name) throws IOException {
        Path base = dir.resolve("base");
        if (!Files.exists(base)) {
            Project p = TestProjects.create(base);
            TestProjects.addDocument(p, "t1", "Teacher: We decide together.\n\nParent: Yes.", Map.of());
            Codings.add(p, "anna", List.of(new Coding("t1", 0, 7, "care decisions/care route", "anna", "2026-01-01T00:00:00Z")), "code");
            LastCoder.remember(p, "anna");
        }
        return Project.open(TestTrees.copy(base, dir.resolve(name), true));
    }

    private static Path fileOf(Project p, FileKind<?> k, String key) {
        return p.dir().resolve(k.isFolder() ? k.relative(key) : k.pattern());
    }

    private static String read(Project p, FileKind<?> k) throws IOException {
        return Files.readString(fileOf(p, k, "anna"));
    }

    @Test
    void theRegistryKnowsEveryKindOnce() {
        List<String> patterns = FileKinds.all().stream().map(FileKind::pattern).toList();
        assertEquals(patterns.stream().distinct().count(), patterns.size(), patterns.toString());
        if (FileKinds.of("memos/anna.yaml") == null) fail("memos are registered");
    }
}
