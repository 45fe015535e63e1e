package thema.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which transcripts were last found to match their SHA-256, and the file stamp (modification
 * time, size, inode) they had then: a text whose file is unchanged since is not hashed again, so
 * every command can check every transcript it reads for the price of a file's attributes.
 * Kept in .thema/cache/texts.tsv, a line per document (its id, a tab, the stamp and the SHA-256),
 * read without any JSON machinery; it is only a cache, so a missing or damaged one means hashing.
 */
final class VerifiedTexts {
    static final String FILE = "texts.tsv";
    private static final String HEAD = "thema verified texts 1";

    private VerifiedTexts() {
    }

    /** Refuses the first of {@code docs} whose text no longer matches; {@code ids} are all the project's documents. */
    static void check(Path cacheFile, List<Document> docs, Collection<String> ids) {
        Map<String, String> known = read(cacheFile);
        Map<String, String> now = new TreeMap<>();
        Map<Document, String> stamps = new java.util.HashMap<>();
        List<Document> stale = docs.stream().filter(d -> {
            String stamp = Project.stamp(d.textFile());
            stamps.put(d, stamp);
            String entry = stamp + " " + d.meta().sha256;
            now.put(d.id(), entry);
            return d.meta().sha256 != null && !entry.equals(known.get(d.id()));
        }).toList();
        Parallel.map(stale, Parallel.forFiles(stale.size()), d -> Document.verifiedBytes(d.textFile(), d.meta(), null).length);
        // each text now matches at the stamp it had before it was read: reading it later need not hash it again
        if (FileStamps.trusted()) for (Document d : docs) d.verifiedAt(FileStamps.settled(stamps.get(d)));
        if (stale.isEmpty() && known.keySet().equals(new HashSet<>(ids))) return;
        Map<String, String> fresh = new TreeMap<>();
        for (String id : ids) {
            String e = now.containsKey(id) ? now.get(id) : known.get(id);
            if (e != null) fresh.put(id, e);
        }
        StringBuilder b = new StringBuilder(HEAD).append('\n');
        fresh.forEach((id, e) -> b.append(id).append('\t').append(e).append('\n'));
        try {
            AtomicFiles.write(cacheFile, b.toString().getBytes(StandardCharsets.UTF_8));
            Files.deleteIfExists(cacheFile.resolveSibling("texts.json")); // its form before this one
        } catch (IOException | RuntimeException e) {
            // a read-only project still opens; it only hashes again next time
        }
    }

    private static Map<String, String> read(Path cacheFile) {
        if (!Files.exists(cacheFile)) return Map.of();
        try {
            List<String> lines = Files.readAllLines(cacheFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEAD)) return Map.of();
            Map<String, String> out = new java.util.HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.indexOf('\t');
                if (tab <= 0) return Map.of(); // damaged: hash again
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
