package thema.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import thema.importing.Importer;
import thema.project.Project;
import thema.project.TestProjects;

/**
 * Import throughput: {@code scripts/bench ImportBench [docs] [words]} (default 500 × 5,000 words)
 * writes generated transcripts to a temporary folder, imports them all in one command (one
 * atomic save, as {@code thema import DIR *.txt} does), then reopens the project.
 */
public final class ImportBench {
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path tmp = Files.createTempDirectory("thema-import-bench");
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < docs; i++) {
            Path f = tmp.resolve("in").resolve(String.format("interview%04d.txt", i));
            Files.createDirectories(f.getParent());
            byte[] b = Bench.transcript(i, words).getBytes(StandardCharsets.UTF_8);
            Files.write(f, b);
            files.add(f);
            bytes += b.length;
        }
        // a warm-up import into a throwaway project, so the figure is not JIT start-up
        Importer.importFiles(TestProjects.create(tmp.resolve("warm")), files.subList(0, Math.min(20, docs)), null, Map.of());

        System.gc();
        Bench.resetPeaks();
        Project p = TestProjects.create(tmp.resolve("project"));
        long t0 = System.nanoTime();
        Importer.importFiles(p, files, null, Map.of());
        long t1 = System.nanoTime();
        Project reopened = Project.open(tmp.resolve("project"));
        int turns = reopened.documents().stream().mapToInt(d -> d.turns().size()).sum();
        long t2 = System.nanoTime();
        double s = (t1 - t0) / 1e9;
        System.out.printf("import: %d documents of %d words (%s, %d turns) in %.2f s = %.0f documents/s, %.1f MB/s%n",
                docs, words, Bench.mb(bytes), turns, s, docs / s, bytes / 1048576.0 / s);
        System.out.printf("reopen + read all turns: %.0f ms%n", (t2 - t1) / 1e6);
        System.out.printf("peak heap during import and reopen: %s%n", Bench.mb(Bench.peakHeapBytes()));
    }
}
