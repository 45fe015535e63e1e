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
 * form is kept under {@code .thema/cache/}, as JSON for document files (Jackson reads it ten times
 * faster) and for a coder in {@link CodingsCache}'s compact form (no bean per coding: opening
 * 2,000 documents with a million codings takes half the CPU it took from JSON), keyed
 * by file name with the SHA-256 of the YAML bytes it was made from and the shape of the classes
 * that read them: an entry is used only while both still match, so an edit, a git checkout, a
 * merge or another version of thema always reads the YAML afresh. An entry also keeps the file's
 * stamp (modification time, size, inode: {@link FileStamps}) from when its bytes were last
 * hashed; while the stamp is the same, the file is not read at all (as {@link VerifiedTexts} does
 * for transcripts), so opening an unchanged project costs one look at each file's attributes.
 * {@code thema check} still hashes everything.
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
    record Entry<T>(String key, T value, Boolean written, String stamp) {
    }

    /**
     * What a large file holds, and whether its bytes are known to be exactly what thema writes for
     * it (the cache entry was made when thema saved them), so a save may splice them.
     */
    record Read<T>(T value, boolean written) {
    }

    /** How a cache file holds its entries: JSON for document files, {@link CodingsCache}'s compact form for a coder's. */
    private interface Store<T> {
        Map<String, Entry<T>> read(Path cacheFile) throws IOException;

        byte[] bytes(Map<String, Entry<T>> entries) throws IOException;
    }

    private static <T> Store<T> json(Class<T> type) {
        return new Store<>() {
            @Override
            public Map<String, Entry<T>> read(Path cacheFile) throws IOException {
                JavaType entries = Json.MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, Json.MAPPER.getTypeFactory().constructType(String.class),
                        Json.MAPPER.getTypeFactory().constructParametricType(Entry.class, type));
                return Json.MAPPER.readValue(cacheFile.toFile(), entries);
            }

            @Override
            public byte[] bytes(Map<String, Entry<T>> entries) throws IOException {
                return Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(entries);
            }
        };
    }

    private static final Store<CoderFile> CODINGS = new Store<>() {
        @Override
        public Map<String, Entry<CoderFile>> read(Path cacheFile) throws IOException {
            return CodingsCache.read(cacheFile);
        }

        @Override
        public byte[] bytes(Map<String, Entry<CoderFile>> entries) throws IOException {
            return CodingsCache.bytes(entries);
        }
    };

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
        return cached(files, type, json(type), cacheFile).stream().map(Entry::value).toList();
    }

    /** One large coder file, cached in a file of its own. */
    static Read<CoderFile> readCoder(Path file, Path cacheDir) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0; // Yaml.bytes says what is wrong with it
        }
        if (size < MIN_BYTES) return new Read<>(Yaml.parse(file.toString(), Yaml.bytes(file), CoderFile.class), false);
        try {
            // the JSON entry of thema before the compact form: as large as the YAML, and never read again
            Files.deleteIfExists(cacheDir.resolve(file.getParent().getFileName() + "_" + file.getFileName() + ".json"));
        } catch (IOException ignored) {
            // a read-only project keeps it
        }
        Entry<CoderFile> e = cached(List.of(file), CoderFile.class, CODINGS, cacheFileOf(file, cacheDir)).get(0);
        return new Read<>(e.value(), Boolean.TRUE.equals(e.written()));
    }

    /**
     * Records what a large file just saved holds, so the next process to open the project reads
     * the cache instead of parsing the YAML it was made from (seconds for a coder's 100,000 codings).
     */
    static void storeCoder(Path file, byte[] bytes, CoderFile value, Path cacheDir) {
        if (bytes.length < MIN_BYTES) return;
        Map<String, Entry<CoderFile>> one = Map.of(file.getFileName().toString(), new Entry<>(Document.sha256(bytes) + " " + FINGERPRINTS.get(CoderFile.class), value, true, FileStamps.settled(Project.stamp(file))));
        write(cacheFileOf(file, cacheDir), CODINGS, one);
    }

    private static Path cacheFileOf(Path file, Path cacheDir) {
        return cacheDir.resolve(file.getParent().getFileName() + "_" + file.getFileName() + ".bin");
    }

    private static <T> void write(Path cacheFile, Store<T> store, Map<String, Entry<T>> entries) {
        try {
            Files.createDirectories(cacheFile.getParent());
            AtomicFiles.write(cacheFile, store.bytes(entries));
        } catch (IOException | RuntimeException e) {
            // a read-only project still opens; it is only slower
        }
    }

    /**
     * The entries of {@code files}, with their keys and stamps: from the cache where the file's stamp or,
     * failing that, the SHA-256 of its bytes still matches, else parsed ({@code written} null). The cache
     * is written anew when an entry was parsed or stamped afresh, or a file came or went.
     */
    private static <T> List<Entry<T>> cached(List<Path> files, Class<T> type, Store<T> store, Path cacheFile) {
        int cores = Parallel.cores();
        String shape = FINGERPRINTS.get(type);
        Map<String, Entry<T>> cached;
        try {
            cached = store.read(cacheFile);
        } catch (IOException | RuntimeException e) {
            cached = Map.of(); // missing or damaged: it is only a cache
        }
        Map<String, Entry<T>> hits = cached;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) order.add(i);
        boolean[] renewed = {false};
        List<Entry<T>> read = Parallel.map(order, cores, i -> {
            Path file = files.get(i);
            Entry<T> hit = hits.get(file.getFileName().toString());
            boolean usable = hit != null && hit.value() != null && hit.key() != null && hit.key().endsWith(" " + shape);
            String stamp = Project.stamp(file);
            // unchanged since its bytes were hashed: the file need not be read
            if (usable && stamp.equals(hit.stamp()) && FileStamps.trusted()) return hit;
            byte[] bytes = Yaml.bytes(file);
            String key = Document.sha256(bytes) + " " + shape;
            renewed[0] = true;
            if (usable && key.equals(hit.key())) return new Entry<>(key, hit.value(), hit.written(), FileStamps.settled(stamp));
            return new Entry<>(key, Yaml.parse(file.toString(), bytes, type), null, FileStamps.settled(stamp));
        });
        if (renewed[0] || cached.size() != files.size()) {
            Map<String, Entry<T>> fresh = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) fresh.put(files.get(i).getFileName().toString(), read.get(i));
            write(cacheFile, store, fresh);
        }
        return read;
    }
}
