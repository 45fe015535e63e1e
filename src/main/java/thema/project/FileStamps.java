package thema.project;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stamps of files (modification time, size, inode: {@link Project#stamp}) that derived data may
 * trust instead of reading the files: what changes when anything writes a file. A file's time moves
 * in steps of a clock tick, so a second write of the same size within the tick of the first would
 * leave its stamp as it was: only the stamp of a file last modified over {@link #SETTLE_MS} ago is
 * kept ("settled"); a younger one is read and hashed again next time. {@code thema check} hashes everything.
 */
public final class FileStamps {
    static final long SETTLE_MS = 2000;
    /** While above 0, no stamp is trusted: every file is read and hashed ({@code thema check}). */
    private static final java.util.concurrent.atomic.AtomicInteger HASHING = new java.util.concurrent.atomic.AtomicInteger();

    private FileStamps() {
    }

    /** Runs {@code open} (opening a project) with every file read and hashed, whatever its stamp. */
    public static <T> T hashingEverything(java.util.function.Supplier<T> open) {
        HASHING.incrementAndGet();
        try {
            return open.get();
        } finally {
            HASHING.decrementAndGet();
        }
    }

    /** Whether stamps may stand for the files' bytes now. */
    static boolean trusted() {
        return HASHING.get() == 0;
    }

    /** {@code stamp} if its file was last modified over {@link #SETTLE_MS} ago, else null. */
    static String settled(String stamp) {
        int colon = stamp.indexOf(':');
        if (colon < 0) return null;
        long modified = Long.parseLong(stamp.substring(0, colon));
        return System.currentTimeMillis() - modified / 1_000_000 > SETTLE_MS ? stamp : null;
    }

    /**
     * One stamp over the files ending in {@code suffix} in each of {@code folders}, as the project
     * last read or wrote them ({@link Project#fileStamps}: no file is looked at again), or null when
     * one of them was too young to be trusted. Derived data made from the project as it is in memory
     * may record it, and is current for as long as it stays the same.
     */
    public static String of(Project p, List<String> folders, String suffix) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(p.fileStamps()).entrySet()) {
            String rel = e.getKey();
            if (!rel.endsWith(suffix) || folders.stream().noneMatch(f -> rel.startsWith(f + "/"))) continue;
            if (settled(e.getValue()) == null) return null;
            b.append(rel).append(' ').append(e.getValue()).append('\n');
        }
        // the stamps themselves, not a digest of them: a fresh JVM's first SHA-256 costs 15-40 ms, and a
        // one-shot search needs no other
        return b.toString();
    }
}
