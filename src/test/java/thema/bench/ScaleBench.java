package thema.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thema.analysis.AllPairsCooccurrence;
import thema.analysis.CountedCoding;
import thema.analysis.CountingUnits;
import thema.analysis.Cooccurrence;
import thema.cli.Main;
import thema.project.Project;

/**
 * {@code scripts/bench ScaleBench [codings...]} (default 20000 200000 1000000): 2,000 documents of
 * 600 words, one coder, 50 codes; per size the CPU of `thema cooccur`, `thema quotes` (every code,
 * Markdown and JSON) and `thema counts` as whole commands in one warm JVM, the bytes the main thread
 * allocated, and the co-occurrence core beside the all-pairs reference of the test tree; then the
 * growth exponent log(t2/t1)/log(n2/n1) between sizes. CPU is the process's (GC and JIT
 * included), so other work on a shared machine moves it less than wall time. Projects are kept
 * in the temp directory (thema-scale-bench/N) and reused by the next run.
 */
public final class ScaleBench {
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    record Figure(double cpuS, double allocMb) {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[]{20_000, 200_000, 1_000_000};
        Map<String, List<Figure>> figures = new LinkedHashMap<>();
        for (int n : sizes) {
            Path dir = project(n);
            int runs = n > 500_000 ? 3 : 5;
            for (String[] cmd : new String[][]{
                    {"cooccur", dir.toString()},
                    {"quotes", dir.toString(), "--format", "md"},
                    {"quotes", dir.toString(), "--format", "json"},
                    {"counts", dir.toString(), "--by", "schooltype"}}) {
                Figure f = median(runs, () -> {
                    int rc = Main.run(cmd, new PrintWriter(Writer.nullWriter()), new PrintWriter(System.err));
                    if (rc != 0) throw new IllegalStateException("exit " + rc);
                });
                String name = "thema " + String.join(" ", cmd).replace(dir.toString(), "DIR");
                figures.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
                System.out.printf("n=%,d  %s: %.2f CPU s, %,.0f MB allocated (median of %d)%n", n, name, f.cpuS, f.allocMb, runs);
            }
            // what every command pays before it counts: opening the project and reading its codings
            Figure open = median(runs, () -> CountedCoding.choose(Project.open(dir), null).codings().size());
            figures.computeIfAbsent("open + counted coding", k -> new ArrayList<>()).add(open);
            System.out.printf("n=%,d  open the project and its counted coding: %.2f CPU s, %,.0f MB allocated%n", n, open.cpuS, open.allocMb);
            Project p = Project.open(dir);
            // the SHA-256 of every transcript, as reading each text on first use checks it
            Figure hash = median(runs, () -> {
                for (thema.project.Document d : p.documents()) {
                    try {
                        thema.project.Document.sha256(Files.readAllBytes(dir.resolve("documents").resolve(d.id() + ".txt")));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            System.out.printf("n=%,d  read and hash all %,d transcripts: %.3f CPU s%n", n, p.documents().size(), hash.cpuS);
            CountedCoding counted = CountedCoding.choose(p, null);
            CountingUnits units = CountingUnits.of(CountingUnits.Per.DOCUMENT, p, counted, List.of("schooltype"));
            List<String> codes = p.codebook().paths();
            Figure sweep = median(runs, () -> Cooccurrence.of(p, counted, units, codes));
            Figure pairs = median(n > 500_000 ? 1 : runs, () -> AllPairsCooccurrence.of(counted, units, codes)); // slow: fewer runs
            figures.computeIfAbsent("cooccur core, sweep", k -> new ArrayList<>()).add(sweep);
            figures.computeIfAbsent("cooccur core, all pairs (reference)", k -> new ArrayList<>()).add(pairs);
            System.out.printf("n=%,d  cooccur core --by schooltype: sweep %.2f CPU s beside all pairs %.2f: ratio %.2f%n", n, sweep.cpuS, pairs.cpuS, sweep.cpuS / pairs.cpuS);
        }
        System.out.println("growth exponents (CPU):");
        figures.forEach((name, fs) -> {
            StringBuilder b = new StringBuilder("  " + name + ":");
            for (int i = 1; i < fs.size(); i++) {
                b.append(String.format(" %,d→%,d %.2f", sizes[i - 1], sizes[i], Math.log(fs.get(i).cpuS / fs.get(i - 1).cpuS) / Math.log((double) sizes[i] / sizes[i - 1])));
            }
            System.out.println(b);
        });
    }

    /** The 2,000-document project with {@code n} codings, built once and kept for later runs. */
    static Path project(int n) throws java.io.IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "thema-scale-bench", String.valueOf(n));
        Path done = dir.resolveSibling(n + ".built");
        if (Files.exists(done)) return dir;
        if (Files.exists(dir)) thema.project.TestTrees.delete(dir);
        long t0 = System.nanoTime();
        Bench.codedProject(dir, 2000, 600, n, "anna");
        Files.writeString(done, "");
        System.out.printf("built 2,000 documents, %,d codings in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        return dir;
    }

    /** Median process CPU and main-thread allocation of {@code runs} runs, after one unmeasured run. */
    static Figure median(int runs, Runnable task) {
        task.run();
        double[] cpu = new double[runs], alloc = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = Bench.processCpuNanos(), a0 = THREADS.getCurrentThreadAllocatedBytes();
            task.run();
            cpu[i] = (Bench.processCpuNanos() - c0) / 1e9;
            alloc[i] = (THREADS.getCurrentThreadAllocatedBytes() - a0) / 1048576.0;
        }
        Arrays.sort(cpu);
        Arrays.sort(alloc);
        return new Figure(cpu[runs / 2], alloc[runs / 2]);
    }
}
