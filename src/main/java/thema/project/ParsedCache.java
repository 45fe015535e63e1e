package thema.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

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
