package thema.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;

/** How a project reads its document files: once, through a cache when there are many, never stale. */
class DocumentReadingTest {
    @TempDir
    Path dir;

    @Test
    void aWriteAfterOpeningDoesNotReadTheDocumentsAgain() {
        TestProjects.create(dir);
        TestProjects.addDocument(Project.open(dir), "d1", "I: Hoe gaat het?\n\nR: Goed 😊", Map.of());
        Project p = Project.open(dir);
        Document before = p.document("d1");
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 10, "care decisions/process", "anna", "2026-01-01T00:00:00Z")), "code");
        assertSame(before, p.document("d1"), "an unchanged document file is not parsed again by the next write");
    }

    @Test
    void refreshSaysWhetherAnythingChangedAndABadFileIsNotForgotten() throws Exception {
        TestProjects.create(dir);
        TestProjects.addDocument(Project.open(dir), "d1", "I: Hoe gaat het?\n\nR: Goed", Map.of());
        Project p = Project.open(dir);
        assertEquals(false, p.refresh(), "nothing changed");
        Codings.add(Project.open(dir), "ben", List.of(new Coding("d1", 3, 10, "care decisions/process", "ben", "2026-01-01T00:00:00Z")), "code");
        assertEquals(true, p.refresh(), "another process saved ben's codings");
        assertEquals(1, p.coder("ben").codings().size());
        assertEquals(false, p.refresh());

        Path ben = dir.resolve("codings/ben.yaml");
        String good = Files.readString(ben);
        Files.writeString(ben, good.replace("codings:", "codings: [unclosed"));
        assertThrows(ThemaException.class, p::refresh);
        ThemaException again = assertThrows(ThemaException.class, p::refresh, "the same bad file fails the next look too");
        assertTrue(again.getMessage().startsWith(ben.toString()), again.getMessage());
        Files.writeString(ben, good);
        p.refresh();
        assertEquals(1, p.coder("ben").codings().size());
    }

    @Test
    void manyDocumentFilesReadTheSameThroughTheCacheAndEditsWin() throws Exception {
        Project made = TestProjects.create(dir);
        int n = 25;
        for (int i = 0; i < n; i++) {
            TestProjects.addDocument(made, "d" + i, "I: Vraag " + i + " “Zoë”?\n\nR: Antwoord é 😊 " + i, Map.of("schooltype", i % 2 == 0 ? "regular" : "special"));
        }
        Path cache = dir.resolve(".thema/cache/documents.bin");
        Files.deleteIfExists(cache);

        Project first = Project.open(dir);
        assertTrue(Files.exists(cache), "opening " + n + " documents writes the cache");
        Project second = Project.open(dir);
        for (int i = 0; i < n; i++) {
            Path file = dir.resolve("documents/d" + i + ".yaml");
            byte[] onDisk = Files.readAllBytes(file);
            assertArrayEquals(onDisk, Yaml.write(first.document("d" + i).meta()), "d" + i + " parsed from YAML");
            assertArrayEquals(onDisk, Yaml.write(second.document("d" + i).meta()), "d" + i + " read from the cache");
        }
        assertEquals(List.copyOf(first.documents().stream().map(Document::id).toList()), second.documents().stream().map(Document::id).toList());

        // a hand edit (or a git checkout) is seen, whatever the cache holds
        Path d3 = dir.resolve("documents/d3.yaml");
        Files.writeString(d3, Files.readString(d3).replace("schooltype: special", "schooltype: priority"));
        assertEquals("priority", Project.open(dir).document("d3").attributes().get("schooltype"));
        // and a bad edit is still an error naming the file, not hidden by the cache
        Files.writeString(d3, Files.readString(d3).replace("schooltype: priority", "schooltype: [unclosed"));
        ThemaException e = assertThrows(ThemaException.class, () -> Project.open(dir));
        assertTrue(e.getMessage().startsWith(d3.toString() + ": malformed YAML"), e.getMessage());
        Files.writeString(d3, Files.readString(d3).replace("schooltype: [unclosed", "schooltype: special"));

        // the cache is really what is read while its key matches ...
        Project.open(dir);
        byte[] bin = Files.readAllBytes(cache);
        Files.write(cache, replaced(bin, "regular", "REGULAR"));
        assertEquals("REGULAR", Project.open(dir).document("d0").attributes().get("schooltype"));
        // ... and never when it was made by another thema (another build, classes of another shape)
        Files.write(cache, replaced(replaced(bin, "regular", "REGULAR"), ParsedCache.SHAPE, "x".repeat(ParsedCache.SHAPE.length())));
        assertEquals("regular", Project.open(dir).document("d0").attributes().get("schooltype"));

        // a damaged cache is only slower
        Files.writeString(cache, "{\"d1.yaml\": garbage");
        assertEquals("regular", Project.open(dir).document("d0").attributes().get("schooltype"));
        assertEquals(n, Project.open(dir).documents().size());
    }

    @Test
    void aRefreshThatReadsOneChangedDocumentKeepsTheOthersInTheCache() throws Exception {
        Project made = TestProjects.create(dir);
        for (int i = 0; i < 4; i++) TestProjects.addDocument(made, "d" + i, "I: Vraag " + i + "\n\nR: Antwoord " + i, Map.of("schooltype", "regular"));
        Path cache = dir.resolve(".thema/cache/documents.bin");
        Project p = Project.open(dir);
        assertEquals(java.util.Set.of("d0.yaml", "d1.yaml", "d2.yaml", "d3.yaml"), BinaryCache.read(cache, BinaryCache.DOCUMENT).keySet());
        Path d2 = dir.resolve("documents/d2.yaml");
        Files.writeString(d2, Files.readString(d2).replace("schooltype: regular", "schooltype: special"));
        assertTrue(p.refresh(), "the edit is seen");
        assertEquals("special", p.document("d2").attributes().get("schooltype"));
        var entries = BinaryCache.read(cache, BinaryCache.DOCUMENT);
        assertEquals(java.util.Set.of("d0.yaml", "d1.yaml", "d2.yaml", "d3.yaml"), entries.keySet(), "one document read again, the others' entries kept");
        assertEquals("special", entries.get("d2.yaml").value().attributes.get("schooltype"));
        Files.delete(dir.resolve("documents/d3.yaml"));
        Files.delete(dir.resolve("documents/d3.txt"));
        Files.writeString(d2, Files.readString(d2).replace("schooltype: special", "schooltype: priority"));
        p.refresh();
        assertEquals(java.util.Set.of("d0.yaml", "d1.yaml", "d2.yaml"), BinaryCache.read(cache, BinaryCache.DOCUMENT).keySet(), "a removed document's entry goes");
    }

    @Test
    void aStoredTextMustBeUtf8ButMayHoldAReplacementCharacter() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "R: het woord \uFFFD bleef onleesbaar 😊", Map.of());
        assertEquals("R: het woord \uFFFD bleef onleesbaar 😊", Project.open(dir).document("d1").text().string(), "a real U+FFFD is text");

        // bytes that are not UTF-8, with a checksum and length that match them
        byte[] bad = "R: caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("documents/d1.txt"), bad);
        Path yaml = dir.resolve("documents/d1.yaml");
        String meta = Files.readString(yaml);
        meta = meta.replaceAll("sha256: \\w+", "sha256: " + Document.sha256(bad)).replaceAll("length: \\d+", "length: " + bad.length);
        Files.writeString(yaml, meta.replaceAll("(?s)turns:.*", "turns: []\n"));
        ThemaException e = assertThrows(ThemaException.class, () -> Project.open(dir).document("d1").text());
        assertEquals(dir.resolve("documents/d1.txt") + ": not valid UTF-8", e.getMessage());
    }

    @Test
    void savedFilesAreTheOwnersOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        TestProjects.create(dir);
        Path f = dir.resolve("note.yaml");
        AtomicFiles.write(f, "a: 1\n".getBytes());
        try {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code bytes} with every occurrence of {@code from} (UTF-8) replaced by {@code to}, of the same length. */
    private static byte[] replaced(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(java.nio.charset.StandardCharsets.UTF_8), t = to.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(f.length, t.length);
        byte[] out = bytes.clone();
        int found = 0;
        for (int i = 0; i + f.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
                found++;
            }
        }
        assertTrue(found > 0, from + " is in the cache");
        return out;
    }
}
