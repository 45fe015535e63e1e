package thema.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One kind of project file, described once: where its files are ({@link #pattern}, e.g.
 * {@code memos/*.yaml}, where {@code *} is the file's key, here the coder), how its bytes become a
 * value and back, how that value is checked against the rest of the project, how the code paths in
 * it follow a rename or move of a code, which of its keys hold free text (what a pseudonymisation
 * rewrites), and its tier: a <em>source</em> file is the researcher's work, and damage is a one-line
 * error naming it; a <em>derived</em> file (under {@code .thema/}) is a convenience that starts afresh
 * from what it still gives, with a note, when it is damaged. {@link FileKinds} lists every kind;
 * {@link Project#read} serves each the same way, and a rename and {@link Project#check} go through
 * that list, so a new kind is registered in one place and cannot miss either.
 *
 * <p>A kind is an immutable value, built from {@link #source} or {@link #derived} and the
 * {@code with...} methods, each of which returns a new kind.
 */
public final class FileKind<T> {
    /** Bytes to a value: a one-line {@link ThemaException} naming {@code file} when they are not one. */
    public interface Parser<T> {
        T parse(String file, String key, byte[] bytes);
    }

    /** Checks a value against the project (its documents, codebook): a one-line ThemaException naming {@code file}. */
    public interface Validator<T> {
        void validate(Project p, String file, String key, T value);
    }

    /** The value with code {@code from} (and its descendants) renamed or moved to {@code to}; the same instance when nothing changed. */
    public interface Repath<T> {
        T repath(T value, String from, String to);
    }

    /** The value without anything on document {@code id} (a document deleted); the same instance when nothing was on it. */
    public interface DropDocument<T> {
        T drop(T value, String id);
    }

    /** What a damaged derived file still gives (its bytes may be null when they could not be read). */
    public interface Afresh<T> {
        T afresh(String key, byte[] bytes);
    }

    private final String name;
    private final String pattern;
    private final boolean derived;
    private final Parser<T> parser;
    private final Function<T, byte[]> writer;
    private final Validator<T> validator;
    private final Repath<T> repath;
    private final DropDocument<T> dropDocument;
    private final Function<String, T> absent;
    private final Afresh<T> afresh;
    private final Set<String> freeText;
    private final boolean byCoder;

    private FileKind(String name, String pattern, boolean derived, Parser<T> parser, Function<T, byte[]> writer, Validator<T> validator,
                     Repath<T> repath, DropDocument<T> dropDocument, Function<String, T> absent, Afresh<T> afresh, Set<String> freeText, boolean byCoder) {
        if (pattern.indexOf('*') != pattern.lastIndexOf('*') || pattern.indexOf('*') >= 0 && pattern.indexOf('*') < pattern.lastIndexOf('/')) {
            throw new IllegalArgumentException(pattern + ": at most one '*', in the file name");
        }
        this.name = name;
        this.pattern = pattern;
        this.derived = derived;
        this.parser = parser;
        this.writer = writer;
        this.validator = validator;
        this.repath = repath;
        this.dropDocument = dropDocument;
        this.absent = absent;
        this.afresh = afresh;
        this.freeText = Set.copyOf(freeText);
        this.byCoder = byCoder;
    }

    /** A source file read as YAML into {@code type} and written back as YAML; valid whatever it holds, absent meaning null. */
    public static <T> FileKind<T> source(String name, String pattern, Class<T> type) {
        return new FileKind<>(name, pattern, false, (file, key, bytes) -> Yaml.parse(file, bytes, type), Yaml::write,
                (p, file, key, v) -> { }, null, null, key -> null, null, Set.of(), false);
    }

    /** A derived file under {@code .thema/}: damaged, it gives {@code afresh} (the absent value unless set). */
    public static <T> FileKind<T> derived(String name, String pattern, Class<T> type) {
        if (!pattern.startsWith(Project.DERIVED + "/")) throw new IllegalArgumentException(pattern + ": derived files live under " + Project.DERIVED);
        return new FileKind<>(name, pattern, true, (file, key, bytes) -> Yaml.parse(file, bytes, type), Yaml::write,
                (p, file, key, v) -> { }, null, null, key -> null, null, Set.of(), false);
    }

    public FileKind<T> withParser(Parser<T> p) {
        return new FileKind<>(name, pattern, derived, p, writer, validator, repath, dropDocument, absent, afresh, freeText, byCoder);
    }

    public FileKind<T> withWriter(Function<T, byte[]> w) {
        return new FileKind<>(name, pattern, derived, parser, w, validator, repath, dropDocument, absent, afresh, freeText, byCoder);
    }

    public FileKind<T> withValidator(Validator<T> v) {
        return new FileKind<>(name, pattern, derived, parser, writer, v, repath, dropDocument, absent, afresh, freeText, byCoder);
    }

    public FileKind<T> withRepath(Repath<T> r) {
        return new FileKind<>(name, pattern, derived, parser, writer, validator, r, dropDocument, absent, afresh, freeText, byCoder);
    }

    public FileKind<T> withDropDocument(DropDocument<T> d) {
        return new FileKind<>(name, pattern, derived, parser, writer, validator, repath, d, absent, afresh, freeText, byCoder);
    }

    public FileKind<T> whenAbsent(Function<String, T> a) {
        return new FileKind<>(name, pattern, derived, parser, writer, validator, repath, dropDocument, a, afresh, freeText, byCoder);
    }

    public FileKind<T> whenDamaged(Afresh<T> a) {
        if (!derived) throw new IllegalStateException(name + ": a damaged source file is an error, never started afresh");
        return new FileKind<>(name, pattern, derived, parser, writer, validator, repath, dropDocument, absent, a, freeText, byCoder);
    }

    /** The keys of this kind's files whose values are a researcher's free text (pseudonymisation replaces names there). */
    public FileKind<T> withFreeText(String... keys) {
        return new FileKind<>(name, pattern, derived, parser, writer, validator, repath, dropDocument, absent, afresh, Set.of(keys), byCoder);
    }

    /** Files one per coder, named by the coder: a coder with such a source file is a known coder (see {@link Project#checkCoder}). */
    public FileKind<T> byCoder() {
        if (!isFolder()) throw new IllegalStateException(name + ": one file cannot be per coder");
        return new FileKind<>(name, pattern, derived, parser, writer, validator, repath, dropDocument, absent, afresh, freeText, true);
    }

    // ---------------------------------------------------------------- what it says

    public String name() {
        return name;
    }

    public String pattern() {
        return pattern;
    }

    public boolean isDerived() {
        return derived;
    }

    /** Whether its files name code paths that follow a rename. */
    public boolean namesCodes() {
        return repath != null;
    }

    public boolean isByCoder() {
        return byCoder;
    }

    public Set<String> freeText() {
        return freeText;
    }

    /** Whether its files are one per key ({@code codings/*.yaml}) rather than one file. */
    public boolean isFolder() {
        return pattern.indexOf('*') >= 0;
    }

    /** The path of the file with {@code key}, relative to the project ("" for a single file). */
    public String relative(String key) {
        if (!isFolder()) return pattern;
        if (key == null || key.isEmpty()) throw new IllegalArgumentException(name + ": a file of " + pattern + " needs a key");
        return pattern.replace("*", key);
    }

    /** The key of a relative path of this kind, or null when it is not one of its files. */
    public String keyOf(String relative) {
        if (!isFolder()) return relative.equals(pattern) ? "" : null;
        int star = pattern.indexOf('*');
        String before = pattern.substring(0, star), after = pattern.substring(star + 1);
        if (!relative.startsWith(before) || !relative.endsWith(after) || relative.length() <= before.length() + after.length()) return null;
        String key = relative.substring(before.length(), relative.length() - after.length());
        return key.contains("/") || key.startsWith(".") ? null : key;
    }

    /** The keys of this kind's files in {@code dir}, sorted (a hidden file, such as a save's temporary, is none). */
    public List<String> keys(Path dir) {
        List<String> out = new ArrayList<>();
        if (!isFolder()) {
            if (Files.isRegularFile(dir.resolve(pattern))) out.add("");
            return out;
        }
        String folder = pattern.substring(0, pattern.lastIndexOf('/') + 1);
        Path d = dir.resolve(folder.isEmpty() ? "." : folder);
        if (!Files.isDirectory(d)) return out;
        try (var s = Files.list(d)) {
            s.forEach(f -> {
                String key = keyOf(folder + f.getFileName());
                if (key != null && Files.isRegularFile(f)) out.add(key);
            });
        } catch (IOException e) {
            throw new ThemaException(d + ": cannot list (" + e.getMessage() + ")");
        }
        out.sort(null);
        return out;
    }

    // ---------------------------------------------------------------- what it does

    public T parse(String file, String key, byte[] bytes) {
        return parser.parse(file, key, bytes);
    }

    public byte[] write(T value) {
        return writer.apply(value);
    }

    public void validate(Project p, String file, String key, T value) {
        validator.validate(p, file, key, value);
    }

    /** Whether its files may hold something on a document, which goes when the document is deleted. */
    public boolean namesDocuments() {
        return dropDocument != null;
    }

    /** The value without what it holds on document {@code id}; {@code value} itself when nothing changed. */
    public T dropDocument(T value, String id) {
        return dropDocument == null || value == null ? value : dropDocument.drop(value, id);
    }

    /** The value with code paths rewritten; {@code value} itself when this kind names no codes or nothing changed. */
    public T repath(T value, String from, String to) {
        return repath == null || value == null ? value : repath.repath(value, from, to);
    }

    /** The value of a file that is not there. */
    public T absent(String key) {
        return absent.apply(key);
    }

    /** What a damaged derived file gives instead of an error. */
    T afresh(String key, byte[] bytes) {
        return afresh != null ? afresh.afresh(key, bytes) : absent(key);
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        return (T) value;
    }

    @Override
    public String toString() {
        return name + " (" + pattern + ")";
    }
}
