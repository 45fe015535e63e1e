package thema.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The project lock: an OS file lock on {@code .thema/lock} (between processes) plus a JVM lock
 * (between threads, which OS file locks do not separate). A write holds it while it writes; a
 * read holds it while it reads the files, so it sees a multi-file step before or after, never
 * half done. A thread that holds it may take it again (a write reloads under its own lock).
 */
public final class ProjectLock implements AutoCloseable {
    private static final ReentrantLock JVM = new ReentrantLock();
    /** The project whose OS lock the outermost hold of the JVM lock has, or null (guarded by JVM). */
    private static Path held;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean exclusive;
    private final boolean outermost;

    private ProjectLock(FileChannel channel, FileLock lock, boolean exclusive, boolean outermost) {
        this.channel = channel;
        this.lock = lock;
        this.exclusive = exclusive;
        this.outermost = outermost;
    }

    public static ProjectLock acquire(Path projectDir) {
        return acquire(projectDir, false);
    }

    /**
     * The lock for reading. A project where the OS lock cannot be had (a read-only copy, someone
     * else's folder, a file system without locks) is read without it, as before there was one:
     * reading never fails for want of the lock.
     */
    static ProjectLock forReading(Path projectDir) {
        return acquire(projectDir, true);
    }

    /** Whether this lock keeps other processes out (false for a project read without the OS lock). */
    boolean exclusive() {
        return exclusive;
    }

    private static ProjectLock acquire(Path projectDir, boolean reading) {
        Path dir = projectDir.toAbsolutePath().normalize();
        JVM.lock();
        boolean outermost = JVM.getHoldCount() == 1;
        if (!outermost && dir.equals(held)) return new ProjectLock(null, null, true, false); // this thread holds it already
        try {
            Path file = dir.resolve(Project.DERIVED).resolve("lock");
            FileChannel ch = null;
            try {
                Files.createDirectories(file.getParent());
                ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                ProjectLock l = new ProjectLock(ch, ch.lock(), true, outermost);
                if (outermost) held = dir;
                return l;
            } catch (IOException | RuntimeException e) {
                if (ch != null) ch.close();
                if (reading && e instanceof IOException) return new ProjectLock(null, null, false, outermost);
                throw e;
            }
        } catch (IOException e) {
            JVM.unlock();
            throw new ThemaException(projectDir + ": cannot lock the project (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            JVM.unlock();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            if (outermost) held = null;
            if (lock != null) {
                lock.release();
                channel.close();
            }
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        } finally {
            JVM.unlock();
        }
    }
}
