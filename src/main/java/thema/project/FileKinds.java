package thema.project;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry: every kind of project file thema reads or writes, in one list. The kinds of the
 * on-disk model (thema.yaml, the codebook, documents, transcripts, coder files, the last coder) are
 * described here or beside their types in this package ({@link Participants#KIND}); the kinds whose value types live higher in the stack (memos and themes in
 * {@code thema.coding}, the sample and decisions in {@code thema.coding.reliability}, the
 * pseudonymisation record in {@code thema.writeup}, pins in {@code thema.tui}) are described beside
 * their types, in a {@link Provider} of their package, and found through {@link ServiceLoader}
 * ({@code META-INF/services/thema.project.FileKinds$Provider}). So {@code thema.project} names no
 * class above it (the layering holds) and yet knows every kind, whichever classes a command
 * happened to load: a rename rewrites and {@code thema check} checks every kind listed here.
 * {@code FileKindsTest} fails when a kind declared in the sources is missing from this list.
 */
public final class FileKinds {
    /** The kinds of one package above {@code thema.project}, and the checks across files it adds to {@link Project#check}. */
    public interface Provider {
        List<FileKind<?>> kinds();

        default List<Audit> audits() {
            return List.of();
        }
    }

    /** A rule across files that {@link Project#check} reports on without refusing to read the project (an exclusive group broken by a hand edit). */
    public interface Audit {
        List<ProjectCheck.Finding> findings(Project p);
    }

    public static final FileKind<ProjectConfig> CONFIG = FileKind.source("project", Project.CONFIG, ProjectConfig.class)
            .withValidator((p, file, key, c) -> {
                if (c.format > ProjectConfig.FORMAT) {
                    throw new ThemaException(file + ": format " + c.format + " is newer than this thema understands (" + ProjectConfig.FORMAT + ")");
                }
            })
            .withFreeText("name", "citation");

    public static final FileKind<Codebook> CODEBOOK = FileKind.source("codebook", Project.CODEBOOK, Codebook.class)
            .withParser((file, key, bytes) -> Codebook.parse(file, bytes))
            .withWriter(Codebook::toYaml)
            .whenAbsent(key -> Codebook.empty())
            .withFreeText("description", "include", "exclude", "example");

    /** The metadata of each document: its turns and attributes. */
    public static final FileKind<DocumentMeta> DOCUMENTS = FileKind.source("document", Project.DOCUMENTS + "/*.yaml", DocumentMeta.class)
            .withValidator((p, file, key, m) -> Project.validate(m, file, key));

    /** The transcripts, checked against their document's SHA-256 when the project is read. */
    public static final FileKind<String> TEXTS = FileKind.source("transcript", Project.DOCUMENTS + "/*.txt", String.class)
            .withParser((file, key, bytes) -> new String(bytes, StandardCharsets.UTF_8))
            .withWriter(s -> s.getBytes(StandardCharsets.UTF_8));

    public static final FileKind<CoderFile> CODERS = FileKind.source("codings", Project.CODINGS + "/*.yaml", CoderFile.class)
            .withValidator((p, file, key, f) -> p.validate(f, file, key))
            .withRepath(CoderFile::repath)
            .withDropDocument(CoderFile::withoutDocument)
            .whenAbsent(CoderFile::empty)
            .byCoder();

    public static final FileKind<String> LAST_CODER = FileKind.derived("last coder", LastCoder.FILE, String.class)
            .withParser((file, key, bytes) -> {
                String name = new String(bytes, StandardCharsets.UTF_8).strip();
                try {
                    return Project.checkName("coder", name);
                } catch (ThemaException e) {
                    throw new ThemaException(file + ": does not hold a coder name");
                }
            })
            .withWriter(c -> (c + "\n").getBytes(StandardCharsets.UTF_8));

    /** The kinds {@link Project} reads and validates on every refresh, every command needing them. */
    static final List<FileKind<?>> AT_OPEN = List.of(CONFIG, CODEBOOK, DOCUMENTS, TEXTS, CODERS);

    private static volatile List<FileKind<?>> all;
    private static volatile List<Audit> audits;

    private FileKinds() {
    }

    /** Every kind: those of the on-disk model, then those of the providers, each once. */
    public static List<FileKind<?>> all() {
        List<FileKind<?>> a = all;
        if (a == null) {
            Map<String, FileKind<?>> byPattern = new LinkedHashMap<>();
            List<FileKind<?>> found = new ArrayList<>(AT_OPEN);
            found.add(Participants.KIND);
            found.add(LAST_CODER);
            for (Provider p : providers()) found.addAll(p.kinds());
            for (FileKind<?> k : found) {
                FileKind<?> before = byPattern.putIfAbsent(k.pattern(), k);
                if (before != null && before != k) throw new IllegalStateException(k.pattern() + ": registered twice (" + before.name() + ", " + k.name() + ")");
            }
            all = a = List.copyOf(byPattern.values());
        }
        return a;
    }

    /** The audits of every provider. */
    public static List<Audit> audits() {
        List<Audit> a = audits;
        if (a == null) {
            List<Audit> found = new ArrayList<>();
            for (Provider p : providers()) found.addAll(p.audits());
            audits = a = List.copyOf(found);
        }
        return a;
    }

    private static ServiceLoader<Provider> providers() {
        return ServiceLoader.load(Provider.class, FileKinds.class.getClassLoader());
    }

    /** The kind whose files include {@code relative} (a path relative to the project), or null. */
    public static FileKind<?> of(String relative) {
        String r = relative.replace('\\', '/');
        for (FileKind<?> k : all()) if (k.keyOf(r) != null) return k;
        return null;
    }
}
