package thema.project;


import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one write to a project changes, staged in memory: nothing touches the disk until
 * the whole set has been validated, and then it is saved as one atomic step. A file of a
 * registered kind ({@link FileKinds}) is staged as its value, by kind and key; bytes written as
 * they are ({@link #file}: a pseudonymised file that keeps its comments, a log) are still parsed
 * and validated by their kind before anything is saved.
 */
public final class Changes {
    /** Per kind, per key: the new value. */
    final Map<FileKind<?>, Map<String, Object>> values = new LinkedHashMap<>();
    final Map<String, byte[]> files = new LinkedHashMap<>();
    final Map<String, byte[]> appends = new LinkedHashMap<>();
    final Set<String> removedFiles = new LinkedHashSet<>();

    /** Stages the new value of the file of {@code kind} with {@code key} ("" for a single file). */
    public <T> Changes put(FileKind<T> kind, String key, T value) {
        String rel = kind.relative(key);
        files.remove(rel);
        appends.remove(rel);
        removedFiles.remove(rel);
        values.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(kind.isFolder() ? key : "", value);
        return this;
    }

    public <T> Changes put(FileKind<T> kind, T value) {
        return put(kind, "", value);
    }

    /** The value staged for a file, if this step stages one. */
    public <T> Optional<T> staged(FileKind<T> kind, String key) {
        Map<String, Object> m = values.get(kind);
        return m == null ? Optional.empty() : Optional.ofNullable(kind.cast(m.get(kind.isFolder() ? key : "")));
    }

    /** The keys of the files of {@code kind} this step stages. */
    public java.util.List<String> stagedKeys(FileKind<?> kind) {
        return java.util.List.copyOf(staged(kind).keySet());
    }

    /** Every value staged for {@code kind}, by key. */
    @SuppressWarnings("unchecked")
    <T> Map<String, T> staged(FileKind<T> kind) {
        Map<String, Object> m = values.get(kind);
        return m == null ? Map.of() : (Map<String, T>) (Map<String, ?>) m;
    }

    public Changes config(ProjectConfig c) {
        return put(FileKinds.CONFIG, c);
    }

    public Changes codebook(Codebook c) {
        return put(FileKinds.CODEBOOK, c);
    }

    public Changes coder(CoderFile f) {
        return put(FileKinds.CODERS, f.coder(), f);
    }

    /** A document's metadata; with {@code text} non-null, also its (new) text. */
    public Changes document(DocumentMeta meta, String text) {
        put(FileKinds.DOCUMENTS, meta.id, meta);
        if (text != null) put(FileKinds.TEXTS, meta.id, text);
        return this;
    }

    /**
     * A file's bytes as they are to be saved, by path relative to the project. A file of a registered
     * kind is parsed and validated as one before anything is saved, unless this step also stages its
     * value ({@link #put}): then that value is what the bytes hold.
     */
    public Changes file(String relative, byte[] content) {
        // a value staged for the same file stays: it is what these bytes hold (the codebook of a pseudonymised codebook.yaml)
        removedFiles.remove(relative);
        appends.remove(relative);
        files.put(relative, content);
        return this;
    }

    /** Bytes to add at the end of another file (an append-only log), saved in the same atomic step. */
    public Changes append(String relative, byte[] content) {
        removedFiles.remove(relative);
        // appended to a file this step writes whole: it goes at the end of those bytes
        Map<String, byte[]> to = files.containsKey(relative) ? files : appends;
        to.merge(relative, content, (x, y) -> {
            byte[] both = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, both, x.length, y.length);
            return both;
        });
        return this;
    }

    /** Removes a file, in the same atomic step. */
    public Changes removeFile(String relative) {
        FileKind<?> kind = FileKinds.of(relative);
        if (kind != null && values.containsKey(kind)) values.get(kind).remove(kind.keyOf(relative));
        files.remove(relative);
        appends.remove(relative);
        removedFiles.add(relative);
        return this;
    }

    /** The files this step removes, by path relative to the project. */
    public Set<String> removedFiles() {
        return java.util.Collections.unmodifiableSet(removedFiles);
    }

    public boolean isEmpty() {
        return values.values().stream().allMatch(Map::isEmpty) && files.isEmpty() && appends.isEmpty() && removedFiles.isEmpty();
    }
}
