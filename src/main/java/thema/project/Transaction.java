package thema.project;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes several project files as one atomic step. All new contents are first written to
 * synced temporary files; then a journal naming every rename is saved atomically; then the
 * renames run and the journal is removed. A crash before the journal is saved changes
 * nothing; a crash after it is finished by {@link #recover} the next time the project opens.
 */
public final class Transaction {
    static final String JOURNAL = ".thema/journal.yaml";

    private final Path dir;
    private final Map<String, Supplier<byte[]>> writes = new LinkedHashMap<>();
    private final List<String> deletes = new ArrayList<>();

    Transaction(Path dir) {
        this.dir = dir;
    }

    /**
     * Stages the new content of a file, by its path relative to the project directory. The bytes
     * are made when the file is written, on the thread that writes it: a save that rewrites every
     * document emits its YAML while other files wait on the disk.
     */
    public void put(String relative, Supplier<byte[]> content) {
        deletes.remove(relative);
        writes.put(relative, content);
    }

    public void delete(String relative) {
        writes.remove(relative);
        if (!deletes.contains(relative)) deletes.add(relative);
    }

    /** Every path this transaction writes or deletes. */
    List<String> paths() {
        List<String> out = new ArrayList<>(writes.keySet());
        out.addAll(deletes);
        return out;
    }

    public boolean isEmpty() {
        return writes.isEmpty() && deletes.isEmpty();
    }

    /** The journal: temp file to final path, and paths to delete. */
    record Journal(@JsonProperty("renames") List<Rename> renames, @JsonProperty("deletes") List<String> deletes) {
    }

    record Rename(@JsonProperty("from") String from, @JsonProperty("to") String to) {
    }

    void commit() {
        if (isEmpty()) return;
        if (writes.size() == 1 && deletes.isEmpty()) {
            var e = writes.entrySet().iterator().next();
            AtomicFiles.write(dir.resolve(e.getKey()), e.getValue().get());
            return;
        }
        List<Rename> renames = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            writeTemps(renames);
        } catch (RuntimeException e) {
            for (Rename r : renames) AtomicFiles.delete(dir.resolve(r.from()));
            throw e;
        }
        Path journal = dir.resolve(JOURNAL);
        AtomicFiles.write(journal, Yaml.write(new Journal(renames, new ArrayList<>(deletes))));
        finish(dir, new Journal(renames, deletes));
        AtomicFiles.delete(journal);
    }

    /**
     * Writes and syncs the temp files on more threads than cores: a big save (a pseudonymisation
     * rewrites every transcript) waits on fsync, and the disk syncs many files at once about as
     * fast as one (measured: 2,000 files synced in 0.9 s on one thread, 0.2 s on eight).
     */
    private void writeTemps(List<Rename> renames) {
        Parallel.map(new ArrayList<>(writes.entrySet()), Parallel.IO_THREADS, e -> {
            Path tmp = AtomicFiles.writeTemp(dir.resolve(e.getKey()), e.getValue().get());
            return renames.add(new Rename(dir.relativize(tmp).toString(), e.getKey()));
        });
    }

    /** Renames every temp file into place, then syncs each folder once (the journal covers a crash in between). */
    private static void finish(Path dir, Journal j) {
        java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
        for (Rename r : j.renames()) {
            Path from = dir.resolve(r.from());
            if (Files.exists(from)) {
                AtomicFiles.rename(from, dir.resolve(r.to()));
                folders.add(dir.resolve(r.to()).toAbsolutePath().getParent());
            }
        }
        for (Path f : folders) AtomicFiles.syncDirectory(f);
        for (String d : j.deletes()) AtomicFiles.delete(dir.resolve(d));
    }

    /** Completes a transaction that a crash interrupted after its journal was saved. */
    static void recover(Path dir) {
        Path journal = dir.resolve(JOURNAL);
        if (!Files.exists(journal)) return;
        Journal j;
        try {
            j = Yaml.read(journal, Journal.class);
        } catch (ThemaException e) {
            // a journal that did not finish saving: the transaction never started its renames
            AtomicFiles.delete(journal);
            return;
        }
        finish(dir, j);
        AtomicFiles.delete(journal);
    }

    /** Removes temporary files that a crash left before any journal named them. */
    static void sweepTemps(Path folder) {
        if (!Files.isDirectory(folder)) return;
        try (var s = Files.list(folder)) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(".tmp");
            }).forEach(AtomicFiles::delete);
        } catch (IOException ignored) {
            // leftovers are harmless; they are hidden files and never read
        }
    }
}
