package thema.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import thema.cli.Main;

/**
 * {@code scripts/bench CountsBench [docs] [codingsPerCoder]} (default 2,000 documents, 2 coders ×
 * 100,000 codings = 200,000 codings, 50 codes): `thema counts --by` and `thema cooccur`, through
 * the command line in one warm JVM (the project is read once per command, as a real run does).
 */
public final class CountsBench {
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int perCoder = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("thema-counts-bench").resolve("p");
        long t0 = System.nanoTime();
        Bench.codedProject(dir, docs, 600, perCoder, "anna", "ben");
        System.out.printf("built %d documents, %d codings in %.1f s%n", docs, 2 * perCoder, (System.nanoTime() - t0) / 1e9);
        for (String[] cmd : new String[][]{
                {"counts", dir.toString(), "--by", "schooltype"},
                {"counts", dir.toString(), "--by", "schooltype", "--by", "experience", "--format", "csv"},
                {"counts", dir.toString(), "--within", "theme 0"},
                {"cooccur", dir.toString()},
                {"cooccur", dir.toString(), "--by", "schooltype", "--format", "csv"}}) {
            long[] t = Bench.time(2, 10, () -> {
                int rc = Main.run(cmd, new PrintWriter(new StringWriter()), new PrintWriter(System.err));
                if (rc != 0) throw new IllegalStateException("exit " + rc);
            });
            System.out.printf("thema %s: %s%n", String.join(" ", cmd).replace(dir.toString(), "DIR"), Bench.summary(t));
        }
    }
}
