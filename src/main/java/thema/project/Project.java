package thema.project;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A project directory, loaded and validated. Reads are from memory; every write goes through
 * {@link #write}, which takes the project lock, reloads whatever another process changed,
 * validates the result and saves all touched files in one atomic step.
 *
 * <p>Every kind of file is one of {@link FileKinds}, served by {@link #read} and staged by
 * {@link Changes#put}. The kinds every command needs ({@link FileKinds#AT_OPEN}: thema.yaml, the
 * codebook, documents, transcripts and coder files) are read and validated on every
 * {@link #refresh}, the large ones through the parsed cache; every other kind when first asked
 * for, then kept while its file's stamp holds and the codebook and documents it was validated
 * against are unchanged. A save validates what it stages of every kind against the state it saves.
 *
 * <pre>
 * thema.yaml             name, language, format version
 * codebook.yaml          the code tree
 * documents/ID.txt       transcript text (UTF-8, \n line ends), never changed after import
 * documents/ID.yaml      source, sha256, length, attributes, turns
 * codings/CODER.yaml     one coder's codings and done documents
 * .thema/                derived data (index, undo history, lock): safe to delete
 * </pre>
 */
public final class Project {
    public static final String CONFIG = "thema.yaml";
    public static final String CODEBOOK = "codebook.yaml";
    public static final String DOCUMENTS = "documents";
    public static final String CODINGS = "codings";
    public static final String DERIVED = ".thema";
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    private final Path dir;
    private ProjectConfig config;
    private Codebook codebook;
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, CoderFile> coders = new TreeMap<>();
    /** The files of the kinds read when asked for, by relative path: their stamp when read, and value. */
    private final Map<String, Loaded> loaded = new HashMap<>();
    /** Counts changes of the codebook and documents: a value validated before a change is validated again. */
    private long generation;
    /** What was said about derived files that started afresh since the project was opened. */
    private final List<ProjectCheck.Finding> notes = new ArrayList<>();
    /** File stamps (mtime, size) of what was loaded, to notice another process's writes. */
    private final Map<String, String> stamps = new HashMap<>();
    private final List<String> removedTemps = new ArrayList<>();
    /** Coders whose file on disk is exactly what thema wrote for what is loaded: a save may splice it. */
    private final java.util.Set<String> written = new java.util.HashSet<>();
    /** This open project's name in undo histories: the workbench tells its own steps from other programs' by it. */
    private final String session = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
    private volatile String origin = "another program";

    private Project(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    // ---------------------------------------------------------------- opening

    public static Project init(Path dir, String name, String language, Codebook codebook) {
        return init(dir, name, language, (codebook == null ? Codebook.empty() : codebook).toYaml());
    }

    /**
     * A new project whose codebook.yaml is {@code codebookYaml} byte for byte (a researcher's own
     * file keeps its comments and layout); the bytes are validated as a codebook first.
     */
    public static Project init(Path dir, String name, String language, byte[] codebookYaml) {
        Codebook.parse(CODEBOOK, codebookYaml);
        if (Files.exists(dir.resolve(CONFIG))) throw new ThemaException(dir.resolve(CONFIG) + ": a project already exists here");
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new ThemaException("language '" + language + "' is not a two-letter language code such as nl or en");
        }
        try {
            Files.createDirectories(dir.resolve(DOCUMENTS));
            Files.createDirectories(dir.resolve(CODINGS));
            Files.createDirectories(dir.resolve(DERIVED));
        } catch (IOException e) {
            throw new ThemaException(dir + ": cannot create project (" + e.getMessage() + ")");
        }
        ProjectConfig c = new ProjectConfig();
        c.name = name;
        c.language = language;
        Path ignore = dir.resolve(".gitignore");
        if (!Files.exists(ignore)) AtomicFiles.write(ignore, ".thema/\n".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(dir.resolve(CODEBOOK), codebookYaml);
        AtomicFiles.write(dir.resolve(CONFIG), Yaml.write(c));
        return open(dir);
    }

    public static Project open(Path dir) {
        if (!Files.isDirectory(dir)) throw new ThemaException(dir + ": no such directory");
        if (!Files.exists(dir.resolve(CONFIG))) throw new ThemaException(dir + ": not a thema project (no " + CONFIG + "; create one with 'thema init')");
        if (Files.isSymbolicLink(dir.resolve(DERIVED))) {
            // the lock, the journal and the temporary files of a write must be inside the project
            throw new ThemaException(dir.resolve(DERIVED) + ": is a symbolic link; thema's lock and journal must stay inside the project"
                    + " (remove the link; thema makes the folder again)");
        }
        Project p = new Project(dir);
        synchronized (p) {
            try (ProjectLock lock = ProjectLock.forReading(p.dir)) {
                if (lock.exclusive()) p.tidy();
                p.refresh();
            }
        }
        return p;
    }

    /**
     * Under the lock, where no other process is writing: finishes a step that a crash interrupted
     * after its journal was saved, then removes the temporary files a crash left before any
     * journal named them (they may hold text that pseudonymisation has since replaced).
     */
    private void tidy() {
        Transaction.recover(dir);
        removedTemps.addAll(Transaction.sweepTemps(dir));
    }

    /** The temporary files that crashes had left, removed since this project was opened (paths relative to it). */
    public synchronized List<String> removedTemps() {
        return List.copyOf(removedTemps);
    }

    /**
     * Reloads every project file that changed on disk since it was last read, and validates;
     * true when anything changed. It reads under the project lock, so a step that rewrites
     * several files (a rename rewrites the codebook and every coder) is seen before or after,
     * never half done. After a failure (a bad hand edit) every file is read again next time, so
     * the error is not forgotten.
     */
    public synchronized boolean refresh() {
        try (ProjectLock lock = ProjectLock.forReading(dir)) {
            if (lock.exclusive()) Transaction.recover(dir); // a journal seen under the lock is what a crash left
            return reload();
        } catch (ThemaException e) {
            stamps.clear();
            written.clear();
            throw e;
        }
    }

    private boolean reload() {
        boolean configChanged = changed(CONFIG);
        if (configChanged) config = readValidated(FileKinds.CONFIG, f -> ParsedCache.readOne(f, (file, yaml) -> FileKinds.CONFIG.parse(file, "", yaml), BinaryCache.CONFIG, cacheDir()));
        boolean codebookChanged = changed(CODEBOOK);
        if (codebookChanged) codebook = readValidated(FileKinds.CODEBOOK, f -> Codebook.of(ParsedCache.readOne(f, Codebook::codes, BinaryCache.CODES, cacheDir()), f.toString()));
        boolean docsChanged = refreshDocuments();
        if (codebookChanged || docsChanged) generation++;
        verifyTexts();
        Map<String, Boolean> coderChanged = refreshCoders();
        for (CoderFile f : coders.values()) {
            if (codebookChanged || docsChanged || coderChanged.getOrDefault(f.coder(), false)) validate(f);
        }
        return configChanged || codebookChanged || docsChanged || !coderChanged.isEmpty();
    }

    private boolean refreshDocuments() {
        boolean any = false;
        Map<String, Path> onDisk = list(DOCUMENTS, ".yaml");
        for (String id : new ArrayList<>(documents.keySet())) {
            if (!onDisk.containsKey(id)) {
                documents.remove(id);
                stamps.remove(DOCUMENTS + "/" + id + ".yaml");
                stamps.remove(DOCUMENTS + "/" + id + ".txt");
                any = true;
            }
        }
        List<Path> toRead = new ArrayList<>();
        for (var e : onDisk.entrySet()) {
            // stamp every file, even one read for the first time, so the next refresh can skip it
            boolean stale = changed(DOCUMENTS + "/" + e.getKey() + ".yaml");
            if (stale || !documents.containsKey(e.getKey())) toRead.add(e.getValue());
        }
        // parsing YAML is the time of opening a large project: many files come through the cache
        List<DocumentMeta> metas = toRead.isEmpty() ? List.of()
                : ParsedCache.readAll(toRead, onDisk.values().stream().map(f -> f.getFileName().toString()).toList(), (file, yaml) -> FileKinds.DOCUMENTS.parse(file, null, yaml), BinaryCache.DOCUMENT, cacheDir());
        List<Document> fresh = new ArrayList<>();
        for (int i = 0; i < metas.size(); i++) {
            DocumentMeta m = metas.get(i);
            Path file = toRead.get(i);
            FileKinds.DOCUMENTS.validate(this, file.toString(), FileKinds.DOCUMENTS.keyOf(DOCUMENTS + "/" + file.getFileName()), m);
            fresh.add(new Document(m, dir.resolve(DOCUMENTS).resolve(m.id + ".txt"), null));
        }
        if (!fresh.isEmpty()) {
            any = true;
            Map<String, Document> byId = new HashMap<>(documents);
            for (Document d : fresh) byId.put(d.id(), d);
            List<Document> all = new ArrayList<>(byId.values());
            all.sort(Comparator.comparing((Document d) -> d.meta().imported == null ? "" : d.meta().imported).thenComparing(Document::id));
            documents.clear();
            for (Document d : all) documents.put(d.id(), d);
        }
        return any;
    }

    /**
     * Checks the SHA-256 of every transcript whose file changed since it was last verified, so
     * that no command works on an edited text (a coding made against it would be misplaced).
     */
    private void verifyTexts() {
        List<Document> toCheck = new ArrayList<>();
        for (Document d : documents.values()) {
            if (changed(DOCUMENTS + "/" + d.id() + ".txt")) toCheck.add(d);
        }
        if (!toCheck.isEmpty()) VerifiedTexts.check(cacheDir().resolve(VerifiedTexts.FILE), toCheck, documents.keySet());
    }

    private Map<String, Boolean> refreshCoders() {
        Map<String, Boolean> changed = new HashMap<>();
        Map<String, Path> onDisk = list(CODINGS, ".yaml");
        coders.keySet().removeIf(c -> {
            boolean gone = !onDisk.containsKey(c);
            if (gone) {
                stamps.remove(CODINGS + "/" + c + ".yaml");
                written.remove(c);
                changed.put(c, false); // gone: a change, with nothing left to validate
            }
            return gone;
        });
        for (var e : onDisk.entrySet()) {
            String rel = CODINGS + "/" + e.getKey() + ".yaml";
            boolean stale = changed(rel);
            if (stale || !coders.containsKey(e.getKey())) {
                ParsedCache.Read<CoderFile> read = ParsedCache.readCoder(e.getValue(), cacheDir());
                CoderFile f = read.value();
                if (read.written()) written.add(e.getKey());
                else written.remove(e.getKey());
                if (f.coder() == null || !f.coder().equals(e.getKey())) {
                    throw new ThemaException(e.getValue() + ": 'coder' must be '" + e.getKey() + "', the file's name");
                }
                coders.put(e.getKey(), f);
                changed.put(e.getKey(), true);
            }
        }
        return changed;
    }

    private Map<String, Path> list(String folder, String suffix) {
        Map<String, Path> out = new TreeMap<>();
        Path d = dir.resolve(folder);
        if (!Files.isDirectory(d)) return out;
        try (var s = Files.list(d)) {
            s.forEach(p -> {
                String n = p.getFileName().toString();
                if (n.endsWith(suffix) && !n.startsWith(".")) out.put(n.substring(0, n.length() - suffix.length()), p);
            });
        } catch (IOException e) {
            throw new ThemaException(d + ": cannot list (" + e.getMessage() + ")");
        }
        return out;
    }

    /** Whether a file differs from what was loaded; records its new stamp. */
    /** The stamps ({@link FileStamps}) of the project files as this project last read or wrote them, by path relative to it. */
    public Map<String, String> fileStamps() {
        return Collections.unmodifiableMap(stamps);
    }

    private boolean changed(String rel) {
        String stamp = stamp(dir.resolve(rel));
        String old = stamps.put(rel, stamp);
        return !stamp.equals(old);
    }

    private static final String ABSENT = "absent";

    /** Where the parsed project files and the verified stamps of transcripts are kept: derived data, rebuilt when missing. */
    private Path cacheDir() {
        return dir.resolve(DERIVED).resolve("cache");
    }

    /** A file's modification time, size and identity (inode): what changes when anything writes it. */
    static String stamp(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + ":" + a.size() + ":" + a.fileKey();
        } catch (IOException e) {
            return ABSENT;
        }
    }

    // ---------------------------------------------------------------- validation

    /** A file read at open (thema.yaml, the codebook) by {@code read}, through the cache of parsed files, and validated; absent, the kind's empty value. */
    private <T> T readValidated(FileKind<T> kind, java.util.function.Function<Path, T> read) {
        Path f = dir.resolve(kind.relative(""));
        if (!Files.exists(f)) return kind.absent("");
        T v = read.apply(f);
        kind.validate(this, f.toString(), "", v);
        return v;
    }

    static void validate(DocumentMeta m, String file, String expected) {
        if (m.id == null || !m.id.equals(expected)) throw new ThemaException(file + ": 'id' must be '" + expected + "', the file's name");
        if (m.attributes == null) m.attributes = new LinkedHashMap<>();
        if (m.turns == null) m.turns = new ArrayList<>();
        int prevEnd = 0;
        for (int i = 0; i < m.turns.size(); i++) {
            Turn t = m.turns.get(i);
            if (t.n() != i + 1) throw new ThemaException(file + ": turn " + t.n() + " is out of sequence (expected " + (i + 1) + ")");
            if (t.start() < prevEnd || t.end() > m.length) {
                throw new ThemaException(file + ": turn " + t.n() + " lies outside the document or overlaps the turn before it");
            }
            prevEnd = t.end();
        }
        if (m.pages != null) {
            for (int i = 0; i < m.pages.size(); i++) {
                Integer at = m.pages.get(i);
                if (at == null || at < (i == 0 ? 0 : m.pages.get(i - 1)) || at > m.length) {
                    throw new ThemaException(file + ": page " + (i + 1) + " starts outside the document or before the page before it");
                }
            }
        }
        if (m.media != null && (m.media.path() == null || m.media.path().isBlank())) throw new ThemaException(file + ": 'media' has no path");
    }

    private void validate(CoderFile f) {
        FileKinds.CODERS.validate(this, dir.resolve(FileKinds.CODERS.relative(f.coder())).toString(), f.coder(), f);
    }

    void validate(CoderFile f, String file, String key) {
        for (Coding c : f.codings()) {
            Document d = documents.get(c.doc());
            if (d == null) throw new ThemaException(file + ": coding on document '" + c.doc() + "', which is not in the project");
            if (c.start() < 0 || c.end() > d.length() || c.start() >= c.end()) {
                throw new ThemaException(file + ": coding [" + c.start() + ", " + c.end() + ") on '" + c.doc()
                        + "' lies outside the document (0.." + d.length() + ")");
            }
            if (c.code() == null || !codebook.contains(c.code())) {
                throw new ThemaException(file + ": code '" + c.code() + "' is not in the codebook");
            }
        }
        for (String doc : f.done()) {
            if (!documents.containsKey(doc)) throw new ThemaException(file + ": done document '" + doc + "' is not in the project");
        }
    }

    public static String checkName(String kind, String name) {
        if (name == null || !NAME.matcher(name).matches() || name.length() > 100) {
            throw new ThemaException(kind + " '" + name + "' must be letters, digits, '.', '_' or '-' (and start with a letter or digit)");
        }
        return name;
    }

    /**
     * A coder name this project accepts: a valid name, and not an existing coder's name written in
     * another case ({@code Els} beside {@code els} would silently start a second coder, and on a
     * case-insensitive disk share its file). Existing coders are those with codings or memos.
     */
    public String checkCoder(String name) {
        checkName("coder", name);
        List<String> known = knownCoders();
        if (known.contains(name)) return name;
        for (String k : known) {
            if (k.equalsIgnoreCase(name)) {
                throw new ThemaException("coder '" + name + "' differs from the existing coder '" + k + "' only in case (did you mean " + k + "?)");
            }
        }
        return name;
    }

    /** Existing coders whose names differ only in case, each pair once: one person split in two by an older thema. */
    public List<List<String>> coderCaseTwins() {
        List<String> known = knownCoders().stream().distinct().sorted().toList();
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            for (int j = i + 1; j < known.size(); j++) if (known.get(i).equalsIgnoreCase(known.get(j))) out.add(List.of(known.get(i), known.get(j)));
        }
        return out;
    }

    /** The coders with a source file of their own (codings, memos): the kinds {@link FileKind#byCoder} that are not derived. */
    private List<String> knownCoders() {
        List<String> known = new ArrayList<>(coders.keySet());
        for (FileKind<?> k : FileKinds.all()) if (k.isByCoder() && !k.isDerived() && k != FileKinds.CODERS) known.addAll(k.keys(dir));
        return known;
    }

    // ---------------------------------------------------------------- reading

    public Path dir() {
        return dir;
    }

    /** Which open project saved an undo step: one per workbench, one per command. */
    public String session() {
        return session;
    }

    /** What kind of program this open project is, as the workbench names it when asking about another's step. */
    public String origin() {
        return origin;
    }

    public Project origin(String what) {
        origin = what;
        return this;
    }

    public ProjectConfig config() {
        return config;
    }

    public String name() {
        return config.name != null ? config.name : dir.toAbsolutePath().normalize().getFileName().toString();
    }

    public String language() {
        return config.language;
    }

    /** The transcripts' language as a locale, for splitting sentences and words (English when unset). */
    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(config.language == null ? "en" : config.language);
    }

    public Codebook codebook() {
        return codebook;
    }

    /** Documents in import order. */
    public Collection<Document> documents() {
        return documents.values();
    }

    public Optional<Document> findDocument(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    public Document document(String id) {
        Document d = documents.get(id);
        if (d == null) throw new ThemaException("document '" + id + "' is not in the project " + dir);
        return d;
    }

    /** Coders with a codings file, by name. */
    public Collection<String> coders() {
        return coders.keySet();
    }

    public CoderFile coder(String name) {
        CoderFile f = coders.get(name);
        return f != null ? f : CoderFile.empty(name);
    }

    public boolean hasCoder(String name) {
        return coders.containsKey(name);
    }

    // ---------------------------------------------------------------- writing

    /**
     * Runs {@code body} under the project lock on a freshly reloaded project, then validates
     * and saves what it staged in one atomic step. Nothing is saved if it throws.
     */
    public synchronized <T> T write(Function<Changes, T> body) {
        try (ProjectLock ignored = ProjectLock.acquire(dir)) {
            tidy();
            refresh();
            Changes ch = new Changes();
            T result = body.apply(ch);
            if (!ch.isEmpty()) commit(ch);
            return result;
        }
    }

    private void commit(Changes ch) {
        // validate the staged state against a copy before anything is written
        Codebook cb = ch.staged(FileKinds.CODEBOOK, "").orElse(codebook);
        Map<String, DocumentMeta> stagedDocs = ch.staged(FileKinds.DOCUMENTS);
        Map<String, String> texts = ch.staged(FileKinds.TEXTS);
        Map<String, CoderFile> stagedCoders = ch.staged(FileKinds.CODERS);
        Map<String, Document> docs = new LinkedHashMap<>(documents);
        for (DocumentMeta m : stagedDocs.values()) {
            String text = texts.get(m.id);
            docs.put(m.id, new Document(m, dir.resolve(DOCUMENTS).resolve(m.id + ".txt"), text != null ? new Text(text) : null));
        }
        // a document removed (its metadata file): every file is checked without it
        boolean removedDocs = docs.keySet().removeIf(id -> ch.removedFiles.contains(FileKinds.DOCUMENTS.relative(id)));
        Map<String, CoderFile> allCoders = new TreeMap<>(coders);
        allCoders.putAll(stagedCoders);
        Project check = new Project(dir);
        check.config = ch.staged(FileKinds.CONFIG, "").orElse(config);
        check.codebook = cb;
        check.documents.putAll(docs);
        check.coders.putAll(allCoders);
        boolean all = ch.staged(FileKinds.CODEBOOK, "").isPresent() || !stagedDocs.isEmpty() || removedDocs;
        for (CoderFile f : allCoders.values()) {
            if (all || stagedCoders.containsKey(f.coder())) check.validate(f);
        }
        Map<String, Loaded> fresh = validateOthers(ch, check, all);

        // a new coder must not be an existing one in another case, whatever command staged it
        for (String c : stagedCoders.keySet()) if (!coders.containsKey(c)) checkCoder(c);
        Transaction tx = new Transaction(dir);
        // coder files first: the largest single files, they should not be the last task left running
        // the bytes of each coder's file as saved, to cache what they hold (keyed by coder: hashing a CoderFile hashes every coding)
        Map<String, byte[]> saved = new java.util.concurrent.ConcurrentHashMap<>();
        for (CoderFile f : stagedCoders.values()) {
            String rel = FileKinds.CODERS.relative(checkName("coder", f.coder()));
            CoderFile before = written.contains(f.coder()) ? coders.get(f.coder()) : null;
            tx.put(rel, () -> {
                byte[] b = before != null ? CoderFileYaml.splice(before, Yaml.bytes(dir.resolve(rel)), f) : null;
                if (b == null) b = FileKinds.CODERS.write(f);
                saved.put(f.coder(), b);
                return b;
            });
        }
        for (var e : ch.values.entrySet()) {
            if (e.getKey() != FileKinds.CODERS) e.getValue().forEach((key, v) -> stageWrite(tx, e.getKey(), key, v));
        }
        ch.files.forEach((rel, bytes) -> tx.put(rel, () -> bytes));
        ch.appends.forEach(tx::append);
        ch.removedFiles.forEach(tx::delete);
        tx.commit();
        saved.forEach((coder, b) -> ParsedCache.storeCoder(dir.resolve(CODINGS).resolve(coder + ".yaml"), b, stagedCoders.get(coder), cacheDir()));
        // the files are saved: adopt the validated state and the stamps of what was written
        config = check.config;
        codebook = cb;
        documents.clear();
        documents.putAll(check.documents);
        coders.clear();
        coders.putAll(allCoders);
        written.addAll(saved.keySet());
        if (all) generation++;
        for (String rel : tx.paths()) {
            changed(rel);
            loaded.remove(rel);
        }
        fresh.forEach((rel, l) -> loaded.put(rel, new Loaded(l.kind(), stamp(dir.resolve(rel)), generation, l.value())));
    }

    private <T> void stageWrite(Transaction tx, FileKind<T> kind, String key, Object value) {
        T v = kind.cast(value);
        tx.put(kind.relative(key), () -> kind.write(v));
    }

    /**
     * Validates the staged files of the kinds read when asked for (and, when the codebook or the
     * documents change, every such source file on disk) against the state to be saved; returns the
     * staged values by relative path, to keep once saved.
     */
    private Map<String, Loaded> validateOthers(Changes ch, Project check, boolean all) {
        Map<String, Loaded> out = new LinkedHashMap<>();
        for (var e : ch.values.entrySet()) {
            FileKind<?> kind = e.getKey();
            if (FileKinds.AT_OPEN.contains(kind)) continue;
            for (var v : e.getValue().entrySet()) {
                String rel = kind.relative(v.getKey());
                if (ch.files.containsKey(rel)) continue; // its bytes are saved as given: checked below
                validateValue(kind, check, v.getKey(), v.getValue());
                out.put(rel, new Loaded(kind, null, 0, v.getValue()));
            }
        }
        for (var f : ch.files.entrySet()) {
            FileKind<?> kind = FileKinds.of(f.getKey());
            if (kind == null || kind.isDerived() || FileKinds.AT_OPEN.contains(kind)) continue;
            String key = kind.keyOf(f.getKey().replace('\\', '/'));
            Object v = ch.staged(kind, key).orElse(null);
            if (v == null) v = kind.parse(dir.resolve(f.getKey()).toString(), key, f.getValue());
            validateValue(kind, check, key, v);
            out.put(f.getKey(), new Loaded(kind, null, 0, v));
        }
        if (all) {
            // the codebook or the documents change: every other source file must still hold
            for (FileKind<?> kind : FileKinds.all()) {
                if (kind.isDerived() || FileKinds.AT_OPEN.contains(kind)) continue;
                for (String key : kind.keys(dir)) {
                    String rel = kind.relative(key);
                    if (!out.containsKey(rel) && !ch.removedFiles.contains(rel)) check.read(kind, key);
                }
            }
        }
        return out;
    }

    private <T> void validateValue(FileKind<T> kind, Project check, String key, Object value) {
        kind.validate(check, dir.resolve(kind.relative(key)).toString(), key, kind.cast(value));
    }

    // ---------------------------------------------------------------- every kind of file

    /** A file of a kind read when asked for: the stamp it had and the generation it was validated in. */
    private record Loaded(FileKind<?> kind, String stamp, long generation, Object value) {
    }

    /** The single file of {@code kind} (thema.yaml, themes.yaml, ...). */
    public <T> T read(FileKind<T> kind) {
        return read(kind, "");
    }

    /**
     * The validated value of the file of {@code kind} with {@code key}; the kind's empty value when
     * the file is absent. A damaged source file is a one-line error naming it; a damaged derived
     * one gives what the kind makes afresh, and a note ({@link #notes}).
     */
    public synchronized <T> T read(FileKind<T> kind, String key) {
        if (FileKinds.AT_OPEN.contains(kind)) return kind.cast(atOpen(kind, key));
        String rel = kind.relative(key);
        Path f = dir.resolve(rel);
        String stamp = stamp(f);
        Loaded l = loaded.get(rel);
        if (l != null && l.kind() == kind && l.stamp().equals(stamp) && l.generation() == generation) return kind.cast(l.value());
        T v;
        if (stamp.equals(ABSENT)) {
            v = kind.absent(key);
        } else {
            byte[] bytes = null;
            try {
                bytes = Yaml.bytes(f);
                v = kind.parse(f.toString(), key, bytes);
                kind.validate(this, f.toString(), key, v);
            } catch (ThemaException e) {
                if (!kind.isDerived()) throw e;
                v = kind.afresh(key, bytes);
                ProjectCheck.Finding f0 = ProjectCheck.Finding.of(f.toString(), e, ProjectCheck.Severity.NOTE);
                ProjectCheck.Finding note = new ProjectCheck.Finding(f.toString(), f0.problem() + " (derived data: started afresh)", f0.severity(), f0.topic());
                if (!notes.contains(note)) notes.add(note);
            }
        }
        loaded.put(rel, new Loaded(kind, stamp, generation, v));
        return v;
    }

    private Object atOpen(FileKind<?> kind, String key) {
        if (kind == FileKinds.CONFIG) return config;
        if (kind == FileKinds.CODEBOOK) return codebook;
        if (kind == FileKinds.CODERS) return coder(key);
        Document d = documents.get(key);
        if (d == null) return null;
        return kind == FileKinds.DOCUMENTS ? d.meta() : d.text().string();
    }

    /** Whether the file of {@code kind} with {@code key} is there. */
    public boolean exists(FileKind<?> kind, String key) {
        return Files.isRegularFile(dir.resolve(kind.relative(key)));
    }

    public boolean exists(FileKind<?> kind) {
        return exists(kind, "");
    }

    /** The keys of the files of {@code kind} (coders of memos files, ids of documents), sorted; "" for a single file that is there. */
    public synchronized List<String> keys(FileKind<?> kind) {
        if (kind == FileKinds.CODERS) return List.copyOf(coders.keySet());
        if (kind == FileKinds.DOCUMENTS || kind == FileKinds.TEXTS) return documents.keySet().stream().sorted().toList();
        return kind.keys(dir);
    }

    /** What was said about derived files that started afresh (a damaged undo history, pins), once each. */
    public synchronized List<ProjectCheck.Finding> notes() {
        return List.copyOf(notes);
    }

    /**
     * Checks the whole project: every transcript against its SHA-256, every file of every
     * registered kind (each source file that does not read or hold together is an error naming it;
     * a derived one that started afresh is a note), the audits of {@link FileKinds#audits} and
     * coders whose names differ only in case. Nothing is written.
     */
    public ProjectCheck check() {
        List<ProjectCheck.Finding> out = new ArrayList<>();
        long chars = 0;
        for (Document d : documents()) {
            try {
                chars += d.text().length();
            } catch (ThemaException e) {
                out.add(ProjectCheck.Finding.of(d.textFile().toString(), e, ProjectCheck.Severity.ERROR));
            }
        }
        int codings = 0;
        for (String c : coders()) codings += coder(c).codings().size();
        for (FileKind<?> kind : FileKinds.all()) {
            if (FileKinds.AT_OPEN.contains(kind)) continue; // read and validated at open
            for (String key : keys(kind)) {
                try {
                    read(kind, key);
                } catch (ThemaException e) {
                    out.add(ProjectCheck.Finding.of(dir.resolve(kind.relative(key)).toString(), e, ProjectCheck.Severity.ERROR));
                }
            }
        }
        out.addAll(notes());
        for (FileKinds.Audit a : FileKinds.audits()) out.addAll(a.findings(this));
        for (var t : coderCaseTwins()) {
            out.add(new ProjectCheck.Finding(null, "coders '" + t.get(0) + "' and '" + t.get(1) + "' differ only in case: one coder under two names?",
                    ProjectCheck.Severity.ERROR, ProjectCheck.Topic.CODER_NAMES));
        }
        return new ProjectCheck(out, removedTemps(), documents.size(), chars, codebook.paths().size(), coders.size(), codings);
    }

    /**
     * Stages, for a rename or move of code {@code from} to {@code to} (and its undo), the rewrite of
     * every file of every registered kind that names code paths, so no file is left naming a code
     * that is gone. A file this step already stages is rewritten as staged.
     */
    public void stageRepath(Changes ch, String from, String to) {
        for (FileKind<?> kind : FileKinds.all()) if (kind.namesCodes()) stageRepath(kind, ch, from, to);
    }

    private <T> void stageRepath(FileKind<T> kind, Changes ch, String from, String to) {
        stageEach(kind, ch, v -> kind.repath(v, from, to));
    }

    /**
     * Stages the removal of document {@code id}: its transcript and metadata, and whatever every file
     * of every registered kind holds on it (codings, done marks, memos, speakers, sample, decisions).
     */
    public void stageDocumentRemoval(Changes ch, String id) {
        ch.removeFile(FileKinds.DOCUMENTS.relative(id));
        ch.removeFile(FileKinds.TEXTS.relative(id));
        for (FileKind<?> kind : FileKinds.all()) if (kind.namesDocuments()) stageDrop(kind, ch, id);
    }

    private <T> void stageDrop(FileKind<T> kind, Changes ch, String id) {
        stageEach(kind, ch, v -> kind.dropDocument(v, id));
    }

    /** Stages {@code change} of every file of {@code kind} (as this step stages it, else as read) that it changes. */
    private <T> void stageEach(FileKind<T> kind, Changes ch, java.util.function.UnaryOperator<T> change) {
        Set<String> keys = new TreeSet<>(keys(kind));
        keys.addAll(ch.staged(kind).keySet());
        for (String key : keys) {
            T before = ch.staged(kind, key).orElseGet(() -> read(kind, key));
            T after = change.apply(before);
            if (after != before) ch.put(kind, key, after);
        }
    }
}
