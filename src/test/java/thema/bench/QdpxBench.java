package thema.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import thema.cli.Main;

/**
 * {@code scripts/bench QdpxBench [docs] [codingsPerCoder]} (default 500 documents of 3,000
 * words, 2 coders × 50,000 codings = 100,000 codings, 50 codes): `thema export --qdpx` and
 * `thema import-qdpx` through the command line in one warm JVM, with the peak heap.
 */
public final class QdpxBench {
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int perCoder = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path root = Files.createTempDirectory("thema-qdpx-bench");
        Path dir = root.resolve("p");
        long t0 = System.nanoTime();
        Bench.codedProject(dir, docs, 3000, perCoder, "anna", "ben");
        System.out.printf("built %d documents, %d codings in %.1f s%n", docs, 2 * perCoder, (System.nanoTime() - t0) / 1e9);
        Path qdpx = root.resolve("p.qdpx");
        Bench.resetPeaks();
        long[] export = Bench.time(1, 5, () -> run("export", dir.toString(), "--qdpx", qdpx.toString()));
        long exportHeap = Bench.peakHeapBytes();
        System.out.printf("thema export DIR --qdpx OUT.qdpx: %s; archive %s; peak heap %s%n", Bench.summary(export), Bench.mb(Files.size(qdpx)), Bench.mb(exportHeap));
        int[] n = {0};
        Bench.resetPeaks();
        long[] imp = Bench.time(1, 5, () -> run("import-qdpx", qdpx.toString(), root.resolve("back" + n[0]++).toString()));
        System.out.printf("thema import-qdpx OUT.qdpx NEWDIR: %s; peak heap %s%n", Bench.summary(imp), Bench.mb(Bench.peakHeapBytes()));
    }

    private static void run(String... cmd) {
        StringWriter err = new StringWriter();
        int rc = Main.run(cmd, new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (rc != 0) throw new IllegalStateException("exit " + rc + ": " + err);
    }
}
