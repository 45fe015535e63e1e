package thema.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import thema.cli.Main;

/**
 * {@code scripts/bench CountsBench [docs] [codings]} (default 2,000 documents, one coder with
 * 200,000 codings, 50 codes, every document done, so the default counts count them all):
 * `thema counts --by` and `thema cooccur`, through the command line in one warm JVM (the project
 * is read once per command, as a real run does). Run it at 20,000, 200,000 and 1,000,000 codings
 * to see how each command grows.
 */
public final class CountsBench {
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int codings = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Path dir = Files.createTempDirectory("thema-counts-bench").resolve("p");
        long t0 = System.nanoTime();
        Bench.codedProject(dir, docs, 600, codings, "anna");
        System.out.printf("built %d documents, %d codings in %.1f s%n", docs, codings, (System.nanoTime() - t0) / 1e9);
        for (String[] cmd : new String[][]{
                {"counts", dir.toString(), "--by", "schooltype"},
                {"counts", dir.toString(), "--by", "schooltype", "--by", "experience", "--format", "csv"},
                {"counts", dir.toString(), "--within", "theme 0"},
                {"cooccur", dir.toString()},
                {"cooccur", dir.toString(), "--by", "schooltype", "--format", "csv"}}) {
            long[] t = Bench.time(2, codings > 500_000 ? 5 : 10, () -> {
                int rc = Main.run(cmd, new PrintWriter(new StringWriter()), new PrintWriter(System.err));
                if (rc != 0) throw new IllegalStateException("exit " + rc);
            });
            System.out.printf("thema %s: %s%n", String.join(" ", cmd).replace(dir.toString(), "DIR"), Bench.summary(t));
        }
        // counting participants beside counting documents, alternating on the same project
        String[] byDoc = {"counts", dir.toString(), "--by", "schooltype"};
        String[] byPerson = {"counts", dir.toString(), "--per", "participant", "--by", "schooltype"};
        int rounds = codings > 500_000 ? 5 : 10;
        long[] d = new long[rounds], q = new long[rounds];
        for (int i = -2; i < rounds; i++) {
            long a = run(byDoc), b = run(byPerson);
            if (i >= 0) {
                d[i] = a;
                q[i] = b;
            }
        }
        System.out.printf("thema counts DIR --per participant --by schooltype: p50 %.1f ms beside --by schooltype %.1f ms: ratio %.2f (%d alternating runs)%n",
                Bench.percentileMs(q, 50), Bench.percentileMs(d, 50), Bench.percentileMs(q, 50) / Bench.percentileMs(d, 50), rounds);
    }

    private static long run(String[] cmd) {
        long t0 = System.nanoTime();
        int rc = Main.run(cmd, new PrintWriter(new StringWriter()), new PrintWriter(System.err));
        if (rc != 0) throw new IllegalStateException("exit " + rc);
        return System.nanoTime() - t0;
    }
}
