package thema.project;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsing YAML is most of the time of opening a large project: SnakeYAML takes most of a second
 * for a coder with 100,000 codings (12 MB) and seconds for 2,000 document files. Their parsed
 * form is kept under {@code .thema/cache/} as JSON, which Jackson reads ten times faster, keyed
 * by file name with the SHA-256 of the YAML bytes it was made from and the shape of the classes
 * that read them: an entry is used only while both still match, so an edit, a git checkout, a
 * merge or another version of thema always reads the YAML afresh.
 */
final class ParsedCache {
    /** Below this size YAML parses in a few milliseconds and a cache would only add files. */
    static final int MIN_BYTES = 256 * 1024;

    private ParsedCache() {
    }

    /**
     * One cached file: what it was made from (the SHA-256 of the YAML bytes and the fingerprint
     * of the classes that parsed them), and what they hold.
     */
    record Entry<T>(String key, T value) {
    }

    private static final ClassValue<String> FINGERPRINTS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            // the reading rules count too: a parse cached under looser rules may hold what they now refuse
            StringBuilder b = new StringBuilder(Yaml.READ_RULES).append('\n');
            describe(type, b, new HashSet<>());
            return Document.sha256(b.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        }
    };

    /**
     * The shape of a parsed class and of the project classes inside it: its fields with their
     * types and its methods with their annotations. An entry made by a thema whose classes read a
     * file differently (a field added, a property renamed or ignored) is never used, so a stale
     * cache cannot hide what the YAML says, and a later save cannot drop it.
     */
    private static void describe(Type t, StringBuilder b, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            describe(p.getRawType(), b, seen);
            for (Type a : p.getActualTypeArguments()) describe(a, b, seen);
            return;
        }
        if (!(t instanceof Class<?> c) || !seen.add(c) || !c.getName().startsWith("thema.")) return;
        List<String> parts = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            parts.add(f.getName() + ":" + f.getGenericType().getTypeName() + Arrays.toString(f.getDeclaredAnnotations()));
            describe(f.getGenericType(), b, seen);
        }
        for (Method m : c.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers())) parts.add(m.toGenericString() + Arrays.toString(m.getDeclaredAnnotations()));
        }
        Collections.sort(parts);
        b.append(c.getName()).append(Arrays.toString(c.getDeclaredAnnotations())).append(parts).append('\n');
    }

    /**
     * Many small files of one type, cached together in one JSON file (a cache per file would cost
     * a file open each). The cache is written anew, with the files given and no others, when any
     * entry was missing or stale.
     */
    static <T> List<T> readAll(List<Path> files, Class<T> type, Path cacheFile) {
        return cached(files, Parallel.map(files, Parallel.cores(), Yaml::bytes), type, cacheFile);
    }

    /** One large file, cached in a JSON file of its own. */
    static <T> T read(Path file, Class<T> type, Path cacheDir) {
        byte[] bytes = Yaml.bytes(file);
        if (bytes.length < MIN_BYTES) return Yaml.parse(file.toString(), bytes, type);
        Path cacheFile = cacheDir.resolve(file.getParent().getFileName() + "_" + file.getFileName() + ".json");
        return cached(List.of(file), List.of(bytes), type, cacheFile).get(0);
    }

    private static <T> List<T> cached(List<Path> files, List<byte[]> bytes, Class<T> type, Path cacheFile) {
        int cores = Parallel.cores();
        String shape = FINGERPRINTS.get(type);
        List<String> keys = Parallel.map(bytes, cores, b -> Document.sha256(b) + " " + shape);
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
            if (hit != null && keys.get(i).equals(hit.key()) && hit.value() != null) return hit;
            return new Entry<>(null, Yaml.parse(files.get(i).toString(), bytes.get(i), type));
        });
        List<T> out = new ArrayList<>(read.size());
        boolean missed = false;
        for (Entry<T> e : read) {
            out.add(e.value());
            missed |= e.key() == null;
        }
        if (missed || cached.size() != files.size()) {
            Map<String, Entry<T>> fresh = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) fresh.put(files.get(i).getFileName().toString(), new Entry<>(keys.get(i), out.get(i)));
            try {
                Files.createDirectories(cacheFile.getParent());
                AtomicFiles.write(cacheFile, Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(fresh));
            } catch (IOException | RuntimeException e) {
                // a read-only project still opens; it is only slower
            }
        }
        return out;
    }
}
