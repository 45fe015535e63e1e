package thema.project;

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
 * Parsing YAML is most of the time of opening a project: SnakeYAML takes most of a second for a
 * coder with 100,000 codings (12 MB) and seconds for 2,000 document files, and on a small project
 * making Jackson ready takes longer than the command. The parsed form of every file read at open
 * (thema.yaml, the codebook, document files, coder files) is kept under {@code .thema/cache/} in
 * {@link BinaryCache}'s compact form, keyed by file name with the SHA-256 of the YAML bytes it was
 * made from and the identity of the thema that made it ({@link #SHAPE}): an entry is used only
 * while both still match, so an edit, a git checkout, a merge or another version of thema always
 * reads the YAML afresh. An entry also keeps the file's stamp (modification time, size, inode:
 * {@link FileStamps}) from when its bytes were last hashed; while the stamp is the same, the file is
 * not read at all (as {@link VerifiedTexts} does for transcripts), so opening an unchanged project
 * costs one look at each file's attributes. {@code thema check} still hashes everything.
 */
final class ParsedCache {
    private ParsedCache() {
    }

    /**
     * One cached file: what it was made from (the SHA-256 of the YAML bytes and the identity of
     * the thema that parsed them), and what they hold.
     */
    record Entry<T>(String key, T value, Boolean written, String stamp) {
    }

    /**
     * What a file holds, and whether its bytes are known to be exactly what thema writes for it
     * (the cache entry was made when thema saved them), so a save may splice them.
     */
    record Read<T>(T value, boolean written) {
    }

    /** How a file's bytes become its value when the cache does not hold it. */
    interface Parser<T> {
        T parse(String file, byte[] yaml);
    }

    /**
     * The thema that made a cache: the stamp of its jar, which every build writes anew, and the
     * reading rules. Classes in folders (a build under test) are described instead: the shape of
     * each cached class and the project classes inside it, so an entry made by classes that read a
     * file differently (a field added, a property renamed or ignored) is never used, so a stale
     * cache cannot hide what the YAML says, and a later save cannot drop it.
     */
    static final String SHAPE = shape();

    private static String shape() {
        try {
            java.security.CodeSource source = ParsedCache.class.getProtectionDomain().getCodeSource();
            Path code = source == null ? null : Path.of(source.getLocation().toURI());
            if (code != null && Files.isRegularFile(code)) return Yaml.READ_RULES + "/jar/" + Project.stamp(code).replace(' ', '_');
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // described below
        }
        StringBuilder b = new StringBuilder(Yaml.READ_RULES).append('\n');
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> c : List.of(CoderFile.class, DocumentMeta.class, ProjectConfig.class, Codebook.File.class)) describe(c, b, seen);
        return Document.sha256(b.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

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
     * Some of many small files of one type, cached together in one file (a cache per file would cost
     * a file open each). The cache is written anew when an entry was missing or stale, with the files
     * given and the entries of the others named in {@code all} (every such file there is now: a
     * refresh that reads one changed document keeps the others' entries).
     */
    static <T> List<T> readAll(List<Path> files, java.util.Collection<String> all, Parser<T> parser, BinaryCache.Codec<T> codec, Path cacheDir) {
        return cached(files, all, parser, codec, cacheFileOf(codec, cacheDir)).stream().map(Entry::value).toList();
    }

    /** One file (thema.yaml, the codebook) in a cache file of its own. */
    static <T> T readOne(Path file, Parser<T> parser, BinaryCache.Codec<T> codec, Path cacheDir) {
        return cached(List.of(file), List.of(), parser, codec, cacheFileOf(codec, cacheDir)).get(0).value();
    }

    /** A coder file, cached in a file of its own (a large coder's cache is rewritten on its own). */
    static Read<CoderFile> readCoder(Path file, Path cacheDir) {
        Entry<CoderFile> e = cached(List.of(file), List.of(), (name, yaml) -> Yaml.parse(name, yaml, CoderFile.class), BinaryCache.CODER, cacheFileOf(file, cacheDir)).get(0);
        return new Read<>(e.value(), Boolean.TRUE.equals(e.written()));
    }

    /**
     * Records what a coder file just saved holds, so the next process to open the project reads
     * the cache instead of parsing the YAML it was made from (seconds for a coder's 100,000 codings).
     */
    static void storeCoder(Path file, byte[] bytes, CoderFile value, Path cacheDir) {
        Map<String, Entry<CoderFile>> one = Map.of(file.getFileName().toString(), new Entry<>(Document.sha256(bytes) + " " + SHAPE, value, true, FileStamps.settled(Project.stamp(file))));
        write(cacheFileOf(file, cacheDir), BinaryCache.CODER, one);
    }

    /** The cache file of a kind's files read together (documents.bin) or of its one file (project.bin, codebook.bin). */
    private static Path cacheFileOf(BinaryCache.Codec<?> codec, Path cacheDir) {
        return cacheDir.resolve(codec.name() + ".bin");
    }

    private static Path cacheFileOf(Path file, Path cacheDir) {
        return cacheDir.resolve(file.getParent().getFileName() + "_" + file.getFileName() + ".bin");
    }

    private static <T> void write(Path cacheFile, BinaryCache.Codec<T> codec, Map<String, Entry<T>> entries) {
        try {
            Files.createDirectories(cacheFile.getParent());
            AtomicFiles.write(cacheFile, BinaryCache.bytes(entries, codec));
            // the JSON form of thema before the compact one: as large as the YAML, and never read again
            Files.deleteIfExists(cacheFile.resolveSibling(cacheFile.getFileName().toString().replaceFirst("\\.bin$", ".json")));
        } catch (IOException | RuntimeException e) {
            // a read-only project still opens; it is only slower
        }
    }

    /**
     * The entries of {@code files}, with their keys and stamps: from the cache where the file's stamp or,
     * failing that, the SHA-256 of its bytes still matches, else parsed ({@code written} null). The cache
     * is written anew when an entry was parsed or stamped afresh, or a file came or went; it keeps
     * the entries of the files named in {@code others} that it held.
     */
    private static <T> List<Entry<T>> cached(List<Path> files, java.util.Collection<String> others, Parser<T> parser, BinaryCache.Codec<T> codec, Path cacheFile) {
        Map<String, Entry<T>> cached;
        try {
            cached = Files.exists(cacheFile) ? BinaryCache.read(cacheFile, codec) : Map.of();
        } catch (IOException | RuntimeException e) {
            cached = Map.of(); // damaged, or another thema's: it is only a cache
        }
        Map<String, Entry<T>> hits = cached;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) order.add(i);
        boolean[] renewed = {false};
        List<Entry<T>> read = Parallel.map(order, Parallel.forFiles(files.size()), i -> {
            Path file = files.get(i);
            Entry<T> hit = hits.get(file.getFileName().toString());
            boolean usable = hit != null && hit.value() != null && hit.key() != null && hit.key().endsWith(" " + SHAPE);
            String stamp = Project.stamp(file);
            // unchanged since its bytes were hashed: the file need not be read
            if (usable && stamp.equals(hit.stamp()) && FileStamps.trusted()) return hit;
            byte[] bytes = Yaml.bytes(file);
            String key = Document.sha256(bytes) + " " + SHAPE;
            renewed[0] = true;
            if (usable && key.equals(hit.key())) return new Entry<>(key, hit.value(), hit.written(), FileStamps.settled(stamp));
            return new Entry<>(key, parser.parse(file.toString(), bytes), null, FileStamps.settled(stamp));
        });
        Map<String, Entry<T>> fresh = new LinkedHashMap<>();
        for (String other : others) {
            Entry<T> kept = hits.get(other);
            if (kept != null) fresh.put(other, kept);
        }
        for (int i = 0; i < files.size(); i++) fresh.put(files.get(i).getFileName().toString(), read.get(i));
        if (renewed[0] || !fresh.keySet().equals(cached.keySet())) write(cacheFile, codec, fresh);
        return read;
    }
}
