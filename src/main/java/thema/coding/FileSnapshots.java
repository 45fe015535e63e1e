package thema.coding;

import thema.project.Changes;
import thema.project.FileKind;
import thema.project.FileKinds;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Undo by whole files, for the steps that cannot be taken back change by change: a merge joins
 * codings into others, a deletion drops a document with everything on it. The step records each
 * file it writes or removes as it was and as it becomes, so undo brings back exactly those bytes;
 * a file that changed since (another coder's later work) is never overwritten: the undo refuses.
 */
final class FileSnapshots {
    private FileSnapshots() {
    }

    /**
     * Records every file this step stages or removes as one undo step of {@code editor}, and stages
     * each file's bytes as recorded, so what is saved is exactly what the undo expects to find.
     */
    static void record(Project p, Changes ch, String editor, String label) {
        List<Change> changes = new ArrayList<>();
        for (FileKind<?> kind : FileKinds.all()) {
            if (kind == History.KIND) continue;
            for (String key : ch.stagedKeys(kind)) {
                Change c = staged(p, ch, kind, key);
                if (c != null) changes.add(c);
            }
        }
        for (String rel : ch.removedFiles()) {
            String before = text(p, rel);
            if (before != null) changes.add(Change.file(rel, before, null));
        }
        History.record(p, ch, editor, label, changes);
    }

    private static <T> Change staged(Project p, Changes ch, FileKind<T> kind, String key) {
        String rel = kind.relative(key);
        byte[] after = kind.write(ch.staged(kind, key).orElseThrow());
        String before = text(p, rel);
        if (before != null && Arrays.equals(before.getBytes(StandardCharsets.UTF_8), after)) return null;
        ch.file(rel, after);
        return Change.file(rel, before, Yaml.utf8(rel, after));
    }

    /** Stages the file of {@code c} as it is after the change; its content now must be what it was before. */
    static void apply(Project p, Changes ch, Change c, String label) {
        String now = text(p, c.path());
        if (!Objects.equals(now, c.before())) {
            throw new ThemaException("'" + label + "' cannot be undone or redone: " + c.path()
                    + " has changed since (undo the later changes to it first)");
        }
        if (c.after() == null) {
            if (now != null) ch.removeFile(c.path());
            return;
        }
        byte[] bytes = c.after().getBytes(StandardCharsets.UTF_8);
        FileKind<?> kind = FileKinds.of(c.path());
        // a source file's value is staged too, so the step is validated with it (a document back, its codings valid again)
        if (kind != null && !kind.isDerived()) stageValue(p, ch, kind, kind.keyOf(c.path()), bytes);
        ch.file(c.path(), bytes);
    }

    private static <T> void stageValue(Project p, Changes ch, FileKind<T> kind, String key, byte[] bytes) {
        ch.put(kind, key, kind.parse(p.dir().resolve(kind.relative(key)).toString(), key, bytes));
    }

    /** A file's text, or null when it is absent; a file that is not UTF-8 cannot be kept in the history. */
    private static String text(Project p, String rel) {
        Path f = p.dir().resolve(rel);
        if (!Files.isRegularFile(f)) return null;
        try {
            return Yaml.utf8(f.toString(), Files.readAllBytes(f));
        } catch (IOException e) {
            throw new ThemaException(f + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
