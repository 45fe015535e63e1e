package thema.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Atomic saving: write a temporary file beside the target, fsync it, rename it over the
 * target, fsync the directory. A crash at any moment leaves either the old or the new file.
 */
public final class AtomicFiles {
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
            Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
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

    public static void delete(Path target) {
        try {
            if (Files.deleteIfExists(target)) syncDirectory(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new ThemaException(target + ": cannot delete (" + e.getMessage() + ")", e);
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
