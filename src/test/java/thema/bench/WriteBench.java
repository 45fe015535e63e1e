package thema.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import thema.cli.Main;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestTrees;

/**
 * {@code scripts/bench WriteBench [docs] [codingsPerCoder] [runs]} (default 2,000 documents, 2 coders ×
 * 100,000 codings made in one batch, so the undo history holds one step of 100,000 changes per coder):
 * one more coding and one undo, through the command line in one warm JVM (the project is read
 * once per command, as a real run does), and one coding on a project kept open (the workbench).
 * The baseline is a plain sequential write and fsync of the bytes of the coder's file. Each line
 * gives the wall-clock time and the CPU time of the whole process (all threads, GC included),
 * since on a shared machine the wall clock mostly measures the other processes.
 */
public final class WriteBench {
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int perCoder = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path dir = Files.createTempDirectory("thema-write-bench").resolve("p");
        long t0 = System.nanoTime();
        Project p = Bench.codedProject(dir, docs, 600, perCoder, "anna", "ben");
        System.out.printf("built %d documents, %d codings in %.1f s%n", docs, 2 * perCoder, (System.nanoTime() - t0) / 1e9);
        Path coderFile = dir.resolve("codings/anna.yaml");
        System.out.printf("codings/anna.yaml: %s; .thema/history: %s%n", Bench.mb(Files.size(coderFile)), Bench.mb(folderSize(dir.resolve(".thema/history"))));

        byte[] bytes = Files.readAllBytes(coderFile);
        Path plain = dir.resolve(".thema/plain-write");
        long[][] baseline = timed(2, runs, () -> plainWrite(plain, bytes));
        Files.deleteIfExists(plain);
        System.out.printf("baseline, a plain write and fsync of the same %s: %s%n", Bench.mb(bytes.length), both(baseline));

        List<Document> all = List.copyOf(p.documents());
        int[] n = {0};
        long[][] code = timed(2, runs, () -> {
            Document d = all.get(n[0]++ % all.size());
            int s = d.turns().get(0).body();
            cli("code", dir.toString(), "--coder", "anna", "--code", "theme 1/code 1.1", "--doc", d.id(), "--start", String.valueOf(s), "--end", String.valueOf(s + 3));
        });
        System.out.printf("thema code (one coding): %s%n", both(code));
        long[][] undo = timed(1, runs, () -> cli("undo", dir.toString(), "--coder", "anna"));
        System.out.printf("thema undo: %s%n", both(undo));

        Project open = Project.open(dir);
        long[][] tui = timed(2, runs, () -> {
            Document d = all.get(n[0]++ % all.size());
            int s = d.turns().get(0).body();
            Codings.add(open, "anna", List.of(new Coding(d.id(), s, s + 5, "theme 2/code 2.1", "anna", Coding.now())), "code");
        });
        System.out.printf("one coding on an open project (the workbench): %s%n", both(tui));
        System.out.printf("codings/anna.yaml: %s; .thema/history: %s%n", Bench.mb(Files.size(coderFile)), Bench.mb(folderSize(dir.resolve(".thema/history"))));
    }

    /** Wall-clock and process CPU nanoseconds of each of {@code times} runs, after {@code warmup}. */
    private static long[][] timed(int warmup, int times, Runnable task) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long[] cpu = new long[times];
        int[] i = {-warmup};
        long[] wall = Bench.time(warmup, times, () -> {
            long c0 = os.getProcessCpuTime();
            task.run();
            if (i[0] >= 0) cpu[i[0]] = os.getProcessCpuTime() - c0;
            i[0]++;
        });
        return new long[][]{wall, cpu};
    }

    private static String both(long[][] t) {
        return String.format("wall %s; CPU p50 %.1f ms", Bench.summary(t[0]), Bench.percentileMs(t[1], 50));
    }

    private static void cli(String... cmd) {
        StringWriter err = new StringWriter();
        int rc = Main.run(cmd, new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (rc != 0) throw new IllegalStateException(String.join(" ", cmd) + ": exit " + rc + ": " + err);
    }

    private static void plainWrite(Path f, byte[] bytes) {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) ch.write(b);
            ch.force(true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long folderSize(Path d) throws java.io.IOException {
        return TestTrees.size(d);
    }
}
