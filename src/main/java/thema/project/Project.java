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
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A project directory, loaded and validated. Reads are from memory; every write goes through
 * {@link #write}, which takes the project lock, reloads whatever another process changed,
 * validates the result and saves all touched files in one atomic step.
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
    /** From this many document files to read at once, their parsed form comes from {@link ParsedCache#readAll}. */
    static final int CACHED_READ = 20;
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    private final Path dir;
    private ProjectConfig config;
    private Codebook codebook;
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, CoderFile> coders = new TreeMap<>();
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
        if (configChanged) {
            ProjectConfig c = Yaml.read(dir.resolve(CONFIG), ProjectConfig.class);
            if (c.format > ProjectConfig.FORMAT) {
                throw new ThemaException(dir.resolve(CONFIG) + ": format " + c.format + " is newer than this thema understands (" + ProjectConfig.FORMAT + ")");
            }
            config = c;
        }
        boolean codebookChanged = changed(CODEBOOK);
        if (codebookChanged) {
            codebook = Files.exists(dir.resolve(CODEBOOK)) ? Codebook.read(dir.resolve(CODEBOOK)) : Codebook.empty();
        }
        boolean docsChanged = refreshDocuments();
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
        List<DocumentMeta> metas = toRead.size() >= CACHED_READ
                ? ParsedCache.readAll(toRead, DocumentMeta.class, dir.resolve(DERIVED).resolve("cache").resolve("documents.json"))
                : Parallel.map(toRead, Parallel.cores(), file -> Yaml.read(file, DocumentMeta.class));
        List<Document> fresh = new ArrayList<>();
        for (int i = 0; i < metas.size(); i++) {
            DocumentMeta m = metas.get(i);
            validate(m, toRead.get(i));
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
        if (!toCheck.isEmpty()) VerifiedTexts.check(dir.resolve(DERIVED).resolve("cache").resolve(VerifiedTexts.FILE), toCheck, documents.keySet());
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
                ParsedCache.Read<CoderFile> read = ParsedCache.read(e.getValue(), CoderFile.class, dir.resolve(DERIVED).resolve("cache"));
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

    /** A file's modification time, size and identity (inode): what changes when anything writes it. */
    static String stamp(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + ":" + a.size() + ":" + a.fileKey();
        } catch (IOException e) {
            return "absent";
        }
    }

    // ---------------------------------------------------------------- validation

    private void validate(DocumentMeta m, Path file) {
        String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
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
    }

    private void validate(CoderFile f) {
        String file = dir.resolve(CODINGS).resolve(f.coder() + ".yaml").toString();
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

    private List<String> knownCoders() {
        List<String> known = new ArrayList<>(coders.keySet());
        known.addAll(list("memos", ".yaml").keySet());
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
        Codebook cb = ch.codebook != null ? ch.codebook : codebook;
        Map<String, Document> docs = new LinkedHashMap<>(documents);
        for (DocumentMeta m : ch.documents.values()) {
            String text = ch.texts.get(m.id);
            docs.put(m.id, new Document(m, dir.resolve(DOCUMENTS).resolve(m.id + ".txt"), text != null ? new Text(text) : null));
        }
        Map<String, CoderFile> allCoders = new TreeMap<>(coders);
        allCoders.putAll(ch.coders);
        Project check = new Project(dir);
        check.config = ch.config != null ? ch.config : config;
        check.codebook = cb;
        check.documents.putAll(docs);
        check.coders.putAll(allCoders);
        boolean all = ch.codebook != null || !ch.documents.isEmpty();
        for (CoderFile f : allCoders.values()) {
            if (all || ch.coders.containsKey(f.coder())) check.validate(f);
        }

        // a new coder must not be an existing one in another case, whatever command staged it
        for (String c : ch.coders.keySet()) if (!coders.containsKey(c)) checkCoder(c);
        Transaction tx = new Transaction(dir);
        // coder files first: the largest single files, they should not be the last task left running
        // the bytes of each coder's file as saved, to cache what they hold (keyed by coder: hashing a CoderFile hashes every coding)
        Map<String, byte[]> saved = new java.util.concurrent.ConcurrentHashMap<>();
        for (CoderFile f : ch.coders.values()) {
            String rel = CODINGS + "/" + checkName("coder", f.coder()) + ".yaml";
            CoderFile before = written.contains(f.coder()) ? coders.get(f.coder()) : null;
            tx.put(rel, () -> {
                byte[] b = before != null ? CoderFileYaml.splice(before, Yaml.bytes(dir.resolve(rel)), f) : null;
                if (b == null) b = Yaml.write(f);
                saved.put(f.coder(), b);
                return b;
            });
        }
        for (var e : ch.texts.entrySet()) tx.put(DOCUMENTS + "/" + e.getKey() + ".txt", () -> e.getValue().getBytes(StandardCharsets.UTF_8));
        for (DocumentMeta m : ch.documents.values()) tx.put(DOCUMENTS + "/" + m.id + ".yaml", () -> Yaml.write(m));
        if (ch.codebook != null) tx.put(CODEBOOK, ch.codebook::toYaml);
        if (ch.config != null) tx.put(CONFIG, () -> Yaml.write(ch.config));
        ch.files.forEach((rel, bytes) -> tx.put(rel, () -> bytes));
        ch.appends.forEach(tx::append);
        ch.removedFiles.forEach(tx::delete);
        tx.commit();
        saved.forEach((coder, b) -> ParsedCache.store(dir.resolve(CODINGS).resolve(coder + ".yaml"), b, ch.coders.get(coder), dir.resolve(DERIVED).resolve("cache")));
        // the files are saved: adopt the validated state and the stamps of what was written
        config = check.config;
        codebook = cb;
        documents.clear();
        documents.putAll(check.documents);
        coders.clear();
        coders.putAll(allCoders);
        written.addAll(saved.keySet());
        for (String rel : tx.paths()) changed(rel);
    }
}
