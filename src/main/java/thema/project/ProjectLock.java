package thema.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The project's write lock: an OS file lock on {@code .thema/lock} (between processes) plus a
 * JVM lock (between threads, which OS file locks do not separate). Held only while writing.
 */
public final class ProjectLock implements AutoCloseable {
    private static final ReentrantLock JVM = new ReentrantLock();
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static ProjectLock acquire(Path projectDir) {
        JVM.lock();
        try {
            Path file = projectDir.resolve(".thema").resolve("lock");
            Files.createDirectories(file.getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new ProjectLock(ch, ch.lock());
            } catch (IOException | RuntimeException e) {
                ch.close();
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
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        } finally {
            JVM.unlock();
        }
    }
}
