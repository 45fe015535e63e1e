package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact cache of a coder's codings gives back exactly what it was given, and refuses damaged bytes. */
class CodingsCacheTest {
    @TempDir
    Path dir;

    static final Map<String, ParsedCache.Entry<CoderFile>> ENTRIES = Map.of("anna.yaml", new ParsedCache.Entry<>("abc shape", new CoderFile("anna", List.of("d2", "d1"), List.of(
            new Coding("d1", 0, 4, "care decisions/process", "memo “é” 😊", Boolean.TRUE, "anna", "2026-01-01T00:00:00Z"),
            new Coding("d1", 2, 9, "communication", null, null, "anna", "2026-01-01T00:00:00Z"),
            new Coding("d2", 5, 6, "communication", "", Boolean.FALSE, "bram", null))), null, "stamp 1"));

    @Test
    void everyFieldComesBackIncludingNullsAndUnicode() throws IOException {
        Path f = dir.resolve("c.bin");
        Files.write(f, CodingsCache.bytes(ENTRIES));
        assertEquals(ENTRIES, CodingsCache.read(f));
    }

    @Test
    void everyTruncationAndAFlippedByteIsAnIOException() throws IOException {
        byte[] b = CodingsCache.bytes(ENTRIES);
        Path f = dir.resolve("c.bin");
        for (int n = 0; n < b.length; n++) {
            Files.write(f, Arrays.copyOf(b, n));
            assertThrows(IOException.class, () -> CodingsCache.read(f), "cut at " + n);
        }
        byte[] bad = b.clone();
        bad[30] = (byte) 0x7f; // the first string's number, now out of sequence
        Files.write(f, bad);
        assertThrows(IOException.class, () -> CodingsCache.read(f));
    }
}
