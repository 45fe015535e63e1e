package thema.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Atomic saving: write a temporary file beside the target, fsync it, rename it over the
 * target, fsync the directory. A crash at any moment leaves either the old or the new file.
 */
public final class AtomicFiles {
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    /** Saved files are readable by their owner only where the file system has POSIX permissions. */
    private static final FileAttribute<?>[] PRIVATE = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) {
        Path tmp = writeTemp(target, bytes);
        moveIntoPlace(tmp, target);
    }

    /** First half of an atomic write: a synced temporary file beside {@code target}. */
    public static Path writeTemp(Path target, byte[] bytes) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp;
            FileChannel opened;
            while (true) {
                // not Files.createTempFile: it draws every name from one shared SecureRandom, and a
                // save of 2,000 files on eight threads queued on it for a second
                tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
                try {
                    opened = FileChannel.open(tmp, CREATE_NEW, PRIVATE);
                    break;
                } catch (FileAlreadyExistsException taken) {
                    // another save drew the same name: draw again
                }
            }
            try (FileChannel ch = opened) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            return tmp;
        } catch (IOException e) {
            throw new ThemaException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** Second half: rename the synced temporary file over the target and sync the directory. */
    public static void moveIntoPlace(Path tmp, Path target) {
        rename(tmp, target);
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /** A rename without the folder sync, for a journalled transaction that syncs each folder once after all its renames. */
    static void rename(Path tmp, Path target) {
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ThemaException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes {@code bytes} at offset {@code at} of {@code target} and cuts the file there (an append
     * whose start a journal recorded: doing it again after a crash gives the same file), then syncs.
     */
    static void writeAt(Path target, long at, byte[] bytes) {
        boolean created = !Files.exists(target);
        try (FileChannel ch = FileChannel.open(target, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), PRIVATE)) {
            long from = Math.min(at, ch.size());
            ch.truncate(from);
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) from += ch.write(buf, from);
            ch.force(true);
        } catch (IOException e) {
            throw new ThemaException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
        if (created) syncDirectory(target.toAbsolutePath().getParent());
    }

    public static void delete(Path target) {
        try {
            if (Files.deleteIfExists(target)) syncDirectory(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new ThemaException(target + ": cannot delete (" + e.getMessage() + ")", e);
        }
    }

    /** Deletes a folder of derived data and everything in it; a missing folder is no error. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ThemaException(dir + ": cannot delete (" + e.getMessage() + ")", e);
        }
    }

    static void syncDirectory(Path dir) {
        // Directory fsync makes the rename durable; some platforms refuse it, which is harmless.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
        }
    }
}
