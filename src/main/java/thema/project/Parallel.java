package thema.project;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Independent work done at once: results come back in the order of the input, and the first
 * failure in that order is rethrown once every task has ended, so which file an error names
 * does not depend on timing, and nothing is still running when the caller cleans up.
 */
public final class Parallel {
    /** For work that waits on the disk (writing and syncing files) rather than the processor. */
    public static final int IO_THREADS = 8;

    private Parallel() {
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Below this many small files, starting threads costs more than it saves (8 ms for a pool's first task in a fresh JVM). */
    static final int FEW = 32;

    /** Threads for reading or checking {@code files} small files: one for a few, else a thread per core. */
    public static int forFiles(int files) {
        return files < FEW ? 1 : cores();
    }

    public static <A, B> List<B> map(List<A> items, int threads, Function<? super A, ? extends B> task) {
        int n = Math.min(threads, items.size());
        if (n <= 1) {
            List<B> out = new ArrayList<>(items.size());
            for (A a : items) out.add(task.apply(a));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "thema-parallel");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<B>> running = new ArrayList<>(items.size());
            for (A a : items) running.add(pool.submit(() -> task.apply(a)));
            List<B> out = new ArrayList<>(items.size());
            RuntimeException first = null;
            for (Future<B> f : running) {
                try {
                    out.add(f.get());
                } catch (ExecutionException x) {
                    if (x.getCause() instanceof Error e) throw e;
                    if (first == null) first = x.getCause() instanceof RuntimeException r ? r : new ThemaException(String.valueOf(x.getCause().getMessage()), x.getCause());
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw new ThemaException("interrupted");
                }
            }
            if (first != null) throw first;
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
