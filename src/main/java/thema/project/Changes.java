package thema.project;

import thema.coding.CoderFile;
import thema.coding.Codebook;

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
    final Set<String> removedDocuments = new LinkedHashSet<>();
    final Map<String, byte[]> files = new LinkedHashMap<>();

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
        removedDocuments.remove(meta.id);
        return this;
    }

    public Changes removeDocument(String id) {
        documents.remove(id);
        texts.remove(id);
        removedDocuments.add(id);
        return this;
    }

    /** Any other project file (themes, memos, samples), by path relative to the project. */
    public Changes file(String relative, byte[] content) {
        files.put(relative, content);
        return this;
    }

    public boolean isEmpty() {
        return config == null && codebook == null && coders.isEmpty() && documents.isEmpty()
                && removedDocuments.isEmpty() && files.isEmpty();
    }
}
