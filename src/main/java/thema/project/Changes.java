package thema.project;


import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one write to a project changes, staged in memory: nothing touches the disk until
 * the whole set has been validated, and then it is saved as one atomic step.
 */
public final class Changes {
    ProjectConfig config;
    Codebook codebook;
    final Map<String, CoderFile> coders = new LinkedHashMap<>();
    final Map<String, DocumentMeta> documents = new LinkedHashMap<>();
    final Map<String, String> texts = new LinkedHashMap<>();
    final Map<String, byte[]> files = new LinkedHashMap<>();
    final Map<String, byte[]> appends = new LinkedHashMap<>();
    final Set<String> removedFiles = new LinkedHashSet<>();

    public Changes config(ProjectConfig c) {
        config = c;
        return this;
    }

    public Changes codebook(Codebook c) {
        codebook = c;
        return this;
    }

    public Changes coder(CoderFile f) {
        coders.put(f.coder(), f);
        return this;
    }

    /** A document's metadata; with {@code text} non-null, also its (new) text. */
    public Changes document(DocumentMeta meta, String text) {
        documents.put(meta.id, meta);
        if (text != null) texts.put(meta.id, text);
        return this;
    }

    /** Any other project file (themes, memos, samples), by path relative to the project. */
    public Changes file(String relative, byte[] content) {
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

    /** Removes another file (one that {@link #file} wrote), in the same atomic step. */
    public Changes removeFile(String relative) {
        files.remove(relative);
        appends.remove(relative);
        removedFiles.add(relative);
        return this;
    }

    public boolean isEmpty() {
        return config == null && codebook == null && coders.isEmpty() && documents.isEmpty()
                && files.isEmpty() && appends.isEmpty() && removedFiles.isEmpty();
    }
}
