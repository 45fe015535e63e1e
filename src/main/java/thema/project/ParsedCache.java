package thema.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Large project YAML files (a coder with 100,000 codings writes about 12 MB) take SnakeYAML most
 * of a second to parse; their parsed form is kept under {@code .thema/cache/} as JSON, which
 * Jackson reads ten times faster. An entry is used only when the SHA-256 of the YAML bytes it
 * was made from matches, so an edit, a git checkout or a merge is always read afresh.
 */
final class ParsedCache {
    /** Below this size YAML parses in a few milliseconds and a cache would only add files. */
    static final int MIN_BYTES = 256 * 1024;

    private ParsedCache() {
    }

    /** One cached file: the SHA-256 of the YAML bytes it was parsed from, and what they hold. */
    record Entry<T>(String sha256, T value) {
    }

    /**
     * Many small files of one type, cached together in one JSON file by file name: a project's
     * 2,000 document files take SnakeYAML seconds, and a cache per file would cost a file open
     * each. Every file is still read and hashed, so only entries whose bytes match are used; the
     * cache is written anew (with the files given, and no others) when any entry was missing.
     */
    static <T> List<T> readAll(List<Path> files, Class<T> type, Path cacheFile) {
        int cores = Parallel.cores();
        List<byte[]> bytes = Parallel.map(files, cores, Yaml::bytes);
        List<String> shas = Parallel.map(bytes, cores, Document::sha256);
        JavaType entries = Json.MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, Json.MAPPER.getTypeFactory().constructType(String.class),
                Json.MAPPER.getTypeFactory().constructParametricType(Entry.class, type));
        Map<String, Entry<T>> cached;
        try {
            cached = Json.MAPPER.readValue(cacheFile.toFile(), entries);
        } catch (IOException | RuntimeException e) {
            cached = Map.of(); // missing or damaged: it is only a cache
        }
        Map<String, Entry<T>> hits = cached;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) order.add(i);
        List<Entry<T>> read = Parallel.map(order, cores, i -> {
            Entry<T> hit = hits.get(files.get(i).getFileName().toString());
            if (hit != null && shas.get(i).equals(hit.sha256()) && hit.value() != null) return hit;
            return new Entry<>(null, Yaml.parse(files.get(i).toString(), bytes.get(i), type));
        });
        List<T> out = new ArrayList<>(read.size());
        boolean missed = false;
        for (Entry<T> e : read) {
            out.add(e.value());
            missed |= e.sha256() == null;
        }
        if (missed || cached.size() != files.size()) {
            Map<String, Entry<T>> fresh = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) fresh.put(files.get(i).getFileName().toString(), new Entry<>(shas.get(i), out.get(i)));
            try {
                Files.createDirectories(cacheFile.getParent());
                AtomicFiles.write(cacheFile, Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(fresh));
            } catch (IOException | RuntimeException e) {
                // a read-only project still opens; it is only slower
            }
        }
        return out;
    }

    static <T> T read(Path file, Class<T> type, Path cacheDir) {
        byte[] bytes = Yaml.bytes(file);
        if (bytes.length < MIN_BYTES) return Yaml.parse(file.toString(), bytes, type);
        byte[] sha = (Document.sha256(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path entry = cacheDir.resolve(file.getParent().getFileName() + "_" + file.getFileName() + ".json");
        try {
            byte[] cached = Files.readAllBytes(entry);
            if (cached.length > sha.length && Arrays.equals(cached, 0, sha.length, sha, 0, sha.length)) {
                return Json.MAPPER.readValue(cached, sha.length, cached.length - sha.length, type);
            }
        } catch (IOException | RuntimeException e) {
            // missing, stale or damaged: it is only a cache, parse the YAML
        }
        T value = Yaml.parse(file.toString(), bytes, type);
        try {
            byte[] json = Json.MAPPER.writeValueAsBytes(value);
            byte[] out = Arrays.copyOf(sha, sha.length + json.length);
            System.arraycopy(json, 0, out, sha.length, json.length);
            Files.createDirectories(cacheDir);
            AtomicFiles.write(entry, out);
        } catch (IOException | RuntimeException e) {
            // a read-only project still opens; it is only slower
        }
        return value;
    }
}
