package thema.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import thema.project.Project;
import thema.search.TurnIndex;

/**
 * One-shot search as a researcher or a script runs it: a whole {@code ./thema search P WORD}
 * process on a project of {@code docs} documents, beside a plain-Lucene program
 * ({@link PlainOneShot}, a JVM of its own on the bench classpath) that opens the same index and runs
 * the same query, alternating, medians of wall time:
 *   scripts/bench OneShotBench [docs] [words] [rounds] [query]   (default 2,000 × 5,000 words, 11 rounds, parents)
 * The index is built before the rounds, so each thema process checks that it is up to date and searches.
 */
public final class OneShotBench {
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        String query = args.length > 3 ? args[3] : "parents";
        Path dir = Files.createTempDirectory("thema-oneshot").resolve("p");
        Bench.codedProject(dir, docs, words, 20_000, "anna", "ben");
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            System.out.printf("%d documents × %d words, index built (%d documents)%n", docs, words, i.reindexed());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> thema = List.of(Path.of("thema").toAbsolutePath().toString(), "search", dir.toString(), query);
        List<String> plain = List.of(java, "-cp", System.getProperty("java.class.path"), PlainOneShot.class.getName(),
                TurnIndex.location(Project.open(dir)).toString(), query);
        run(thema);
        run(plain); // builds the jar and its archive if needed, warms the disk cache
        run(thema);
        run(plain);
        long[] a = new long[rounds], b = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            a[r] = run(thema);
            b[r] = run(plain);
        }
        double ta = Bench.percentileMs(a, 50), tb = Bench.percentileMs(b, 50);
        System.out.printf("thema search P %s (whole process, launcher): median %.0f ms (min %.0f, max %.0f)%n", query, ta, Bench.percentileMs(a, 0), Bench.percentileMs(a, 100));
        System.out.printf("plain-Lucene one-shot on the same index:   median %.0f ms (min %.0f, max %.0f)%n", tb, Bench.percentileMs(b, 0), Bench.percentileMs(b, 100));
        System.out.printf("ratio %.2f (medians of %d alternating rounds, %d cores)%n", ta / tb, rounds, Runtime.getRuntime().availableProcessors());
    }

    private static long run(List<String> command) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException("failed: " + String.join(" ", command));
        return System.nanoTime() - t0;
    }

    private OneShotBench() {
    }
}
