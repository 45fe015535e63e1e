package thema.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import thema.cli.Main;
import thema.project.TestTrees;

/**
 * {@code scripts/bench QdpxBench [docs] [codingsPerCoder]} (default 500 documents of 3,000
 * words, 2 coders × 50,000 codings = 100,000 codings, 50 codes): `thema export --qdpx` and
 * `thema import-qdpx` through the command line in one warm JVM, with the peak heap. The import
 * runs with {@code --positions auto} and with an explicit reading, alternating, and the ratio
 * is printed; then again on a copy of the archive whose texts have CRLF line ends (positions
 * counting the CRs), where auto scores every reading of every source.
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
        Bench.resetPeaks();
        importAutoVsExplicit(qdpx, root, "");
        System.out.printf("peak heap of the imports %s%n", Bench.mb(Bench.peakHeapBytes()));
        Path crlf = root.resolve("crlf.qdpx");
        withCrlf(qdpx, crlf);
        importAutoVsExplicit(crlf, root, " (CRLF texts)");
        TestTrees.delete(root);
    }

    /** Import with auto and with --positions codepoints, alternating run by run so both see the same machine. */
    private static final int[] IMPORTS = {0};

    private static void importAutoVsExplicit(Path qdpx, Path root, String what) {
        int[] n = IMPORTS;
        Runnable auto = () -> run("import-qdpx", qdpx.toString(), root.resolve("back" + n[0]++).toString());
        Runnable explicit = () -> run("import-qdpx", qdpx.toString(), root.resolve("back" + n[0]++).toString(), "--positions", "codepoints");
        // the bench deletes its directory at the end; until then each import is a new project
        auto.run();
        explicit.run();
        int runs = 7;
        long[] a = new long[runs];
        long[] e = new long[runs];
        long[] aCpu = new long[runs];
        long[] eCpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = cpu();
            a[i] = Bench.time(0, 1, auto)[0];
            long c1 = cpu();
            e[i] = Bench.time(0, 1, explicit)[0];
            aCpu[i] = c1 - c0;
            eCpu[i] = cpu() - c1;
        }
        System.out.printf("thema import-qdpx OUT.qdpx NEWDIR%s: --positions auto %s; --positions codepoints %s; auto/explicit p50 wall %.3f, process CPU %.3f (%.1f s / %.1f s)%n",
                what, Bench.summary(a), Bench.summary(e), Bench.percentileMs(a, 50) / Bench.percentileMs(e, 50),
                Bench.percentileMs(aCpu, 50) / Bench.percentileMs(eCpu, 50), Bench.percentileMs(aCpu, 50) / 1000, Bench.percentileMs(eCpu, 50) / 1000);
    }

    /** CPU time of this JVM (all threads, the collector's too): less disturbed than wall time on a busy machine. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A copy of a thema export with every text's LF made CRLF and each position moved past the CRs before it. */
    private static void withCrlf(Path in, Path out) throws java.io.IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(in.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) entries.put(e.getName(), z.getInputStream(e).readAllBytes());
        }
        String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        Matcher src = Pattern.compile("<TextSource [^>]*plainTextPath=\"internal://([^\"]+)\"[\\s\\S]*?</TextSource>").matcher(qde);
        int last = 0;
        while (src.find()) {
            String name = "sources/" + src.group(1);
            String text = new String(entries.get(name), StandardCharsets.UTF_8);
            int[] crsBefore = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                crsBefore[cp + 1] = crsBefore[cp] + (text.charAt(i) == '\n' ? 1 : 0);
                cp++;
            }
            Matcher pos = Pattern.compile("(startPosition|endPosition)=\"(\\d+)\"").matcher(src.group());
            StringBuilder moved = new StringBuilder();
            while (pos.find()) {
                int p = Integer.parseInt(pos.group(2));
                // a position just after an LF lands after its CR too
                pos.appendReplacement(moved, pos.group(1) + "=\"" + (p + crsBefore[p]) + "\"");
            }
            pos.appendTail(moved);
            b.append(qde, last, src.start()).append(moved);
            last = src.end();
            entries.put(name, text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        b.append(qde.substring(last));
        entries.put("project.qde", b.toString().getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }

    private static void run(String... cmd) {
        StringWriter err = new StringWriter();
        int rc = Main.run(cmd, new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (rc != 0) throw new IllegalStateException("exit " + rc + ": " + err);
    }
}
