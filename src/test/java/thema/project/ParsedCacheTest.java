package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;

/** The parsed-file cache never shows anything but what the YAML file holds now. */
class ParsedCacheTest {
    @TempDir
    Path dir;

    @Test
    void coderFilesReadTheSameThroughTheCacheAndEditsWin() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "T: " + "word ".repeat(2000), Map.of());
        List<Coding> many = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            many.add(new Coding("d1", i, i + 3, i % 2 == 0 ? "care decisions/process" : "communication/two-way",
                    i % 7 == 0 ? "memo “" + i + "” é 😊" : null, i % 11 == 0 ? Boolean.TRUE : null, "anna", "2026-01-01T00:00:00Z"));
        }
        Codings.add(p, "anna", many, "many");
        Path yaml = dir.resolve("codings/anna.yaml");

        Path legacy = dir.resolve(".thema/cache/codings_anna.yaml.json"); // what thema cached before the compact form
        Files.createDirectories(legacy.getParent());
        Files.writeString(legacy, "{}");
        List<Coding> first = Project.open(dir).coder("anna").codings();
        assertTrue(Files.notExists(legacy), "the old JSON entry is deleted");
        Path entry = dir.resolve(".thema/cache/codings_anna.yaml.bin");
        assertTrue(Files.exists(entry), "cache written");
        List<Coding> second = Project.open(dir).coder("anna").codings();
        assertEquals(first, second, "read from the cache: the same codings");
        assertEquals(4000, second.size());

        // a hand edit (or a git checkout) of the YAML file is seen, whatever the cache holds
        Files.writeString(yaml, Files.readString(yaml).replace("memo “0” é 😊", "edited by hand"));
        assertEquals("edited by hand", Project.open(dir).coder("anna").codings().get(0).memo());

        // a file with the stamp its entry recorded (time, size, inode) is not read: the cache answers
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(yaml, hourAgo);
        assertEquals("edited by hand", Project.open(dir).coder("anna").codings().get(0).memo(), "hashed once more, stamp kept");
        String edited = Files.readString(yaml), same = edited.replace("edited by hand", "EDITED BY HAND");
        try (var out = java.nio.channels.FileChannel.open(yaml, java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(same.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        Files.setLastModifiedTime(yaml, hourAgo);
        assertEquals("edited by hand", Project.open(dir).coder("anna").codings().get(0).memo(), "same time, size and inode: not read");
        assertEquals("EDITED BY HAND", FileStamps.hashingEverything(() -> Project.open(dir)).coder("anna").codings().get(0).memo(), "thema check reads and hashes every file");
        Files.setLastModifiedTime(yaml, hourAgo);
        Files.setLastModifiedTime(yaml, java.nio.file.attribute.FileTime.fromMillis(hourAgo.toMillis() + 1));
        assertEquals("EDITED BY HAND", Project.open(dir).coder("anna").codings().get(0).memo(), "the time moved: read and hashed");
        Files.writeString(yaml, edited);

        // a damaged cache entry is ignored
        Files.writeString(entry, "garbage");
        assertEquals("edited by hand", Project.open(dir).coder("anna").codings().get(0).memo());
    }
}
