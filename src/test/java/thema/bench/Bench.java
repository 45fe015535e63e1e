package thema.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Random;
import thema.coding.Codings;
import thema.importing.Importer;
import thema.project.Attributes;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.Turn;

/** Shared pieces of the benchmarks: generated text, timing, percentiles, peak heap. */
public final class Bench {
    private Bench() {
    }

    private static final String[] EN = ("the a and to of in that it was we parents teacher pupil school care support meeting "
            + "decision home reading talk call plan help child mother father week extra route team coordinator speech therapist "
            + "youth they she he said asked understood wishes informed letter phone report classroom homework progress "
            + "worried together agreed explained next step appointment colleague principal").split(" ");

    /** A transcript of about {@code words} English words in Interviewer/Respondent turns, reproducible by seed. */
    public static String transcript(long seed, int words) {
        return transcript(seed, words, EN);
    }

    /** The same, with words drawn from {@code vocabulary} (another language). */
    public static String transcript(long seed, int words, String[] vocabulary) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(words * 7);
        int w = 0;
        boolean interviewer = true;
        while (w < words) {
            b.append(interviewer ? "Interviewer: " : "Respondent: ");
            int turn = interviewer ? 8 + r.nextInt(20) : 40 + r.nextInt(160);
            for (int i = 0; i < turn && w < words; i++, w++) {
                String word = vocabulary[r.nextInt(vocabulary.length)];
                b.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                b.append(r.nextInt(12) == 0 ? ". " : " ");
            }
            b.setLength(b.length() - 1);
            b.append(".\n\n");
            interviewer = !interviewer;
        }
        return b.toString();
    }

    /**
     * A project for the analysis benchmarks: {@code docs} generated transcripts of {@code words}
     * words (attributes schooltype regular/priority/special and experience), a codebook of 10
     * parents with 4 children each (50 codes), and for each coder {@code codingsPerCoder}
     * codings on random turns and spans (the second coder agrees on about 80% of them).
     */
    public static Project codedProject(java.nio.file.Path dir, int docs, int words, int codingsPerCoder, String... coders) throws java.io.IOException {
        java.util.List<Code> roots = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            java.util.List<Code> children = new java.util.ArrayList<>();
            for (int j = 0; j < 4; j++) children.add(new Code("code " + i + "." + j));
            roots.add(new Code("theme " + i, children).withExclusive(i == 0)); // one exclusive group, as communication is in a real codebook
        }
        Codebook cb = new Codebook(roots, "bench");
        Project p = Project.init(dir, "bench", "en", cb);
        java.nio.file.Path in = java.nio.file.Files.createTempDirectory("thema-bench-in");
        java.util.List<java.nio.file.Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < docs; i++) {
            java.nio.file.Path f = in.resolve(String.format("doc%05d.txt", i));
            java.nio.file.Files.writeString(f, transcript(i, words));
            files.add(f);
        }
        Importer.importFiles(p, files, null, java.util.Map.of());
        String[] types = {"regular", "priority", "special"};
        java.util.Map<String, java.util.Map<String, String>> attrs = new java.util.LinkedHashMap<>();
        int n = 0;
        for (Document d : p.documents()) {
            attrs.put(d.id(), java.util.Map.of("schooltype", types[n % 3], "experience", (n % 4) * 5 + "+"));
            n++;
        }
        Attributes.set(p, attrs);
        java.util.List<String> paths = cb.paths();
        java.util.List<Document> all = new java.util.ArrayList<>(p.documents());
        java.util.Map<String, java.util.List<Coding>> byCoder = new java.util.LinkedHashMap<>();
        for (int k = 0; k < coders.length; k++) {
            Random r = new Random(42);
            Random disagree = new Random(7 + k);
            java.util.List<Coding> list = new java.util.ArrayList<>();
            for (int i = 0; i < codingsPerCoder; i++) {
                int di = r.nextInt(all.size());
                Document d = all.get(di);
                Turn t = d.turns().get(r.nextInt(d.turns().size()));
                String code = paths.get(r.nextInt(paths.size()));
                int start = t.body(), end = t.end();
                if (r.nextBoolean() && end - start > 40) {
                    start += r.nextInt((end - start) / 2);
                    end = start + 10 + r.nextInt(Math.max(1, t.end() - start - 10));
                }
                if (k > 0 && disagree.nextInt(5) == 0) code = paths.get(disagree.nextInt(paths.size()));
                code = oneAlternativePerDocument(cb, code, di + (k > 0 && di % 5 == 0 ? 1 : 0));
                list.add(new Coding(d.id(), start, Math.min(end, t.end()), code, coders[k], "2026-01-01T00:00:00Z"));
            }
            byCoder.put(coders[k], list);
        }
        Codings.addBatch(p, byCoder, "bench");
        for (String c : coders) Codings.done(p, c, all.stream().map(Document::id).toList(), true);
        return Project.open(dir);
    }

    /**
     * Generated codings obey the exclusive rule (thema refuses two alternatives of a group on the
     * same text): a code of an exclusive group becomes the alternative {@code pick} chooses, the
     * same for every coding of one coder in one document.
     */
    static String oneAlternativePerDocument(Codebook cb, String code, int pick) {
        String parent = cb.parentOf(code).orElse(null);
        if (parent == null || !cb.get(parent).exclusive) return code;
        java.util.List<String> alternatives = cb.childrenOf(parent);
        return alternatives.get(pick % alternatives.size());
    }

    /** Runs {@code task} {@code times} times after {@code warmup} unmeasured runs; nanoseconds per run. */
    public static long[] time(int warmup, int times, Runnable task) {
        for (int i = 0; i < warmup; i++) task.run();
        long[] out = new long[times];
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            task.run();
            out[i] = System.nanoTime() - t0;
        }
        return out;
    }

    public static String summary(long[] nanos) {
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)", percentileMs(nanos, 50), percentileMs(nanos, 95), percentileMs(nanos, 100), nanos.length);
    }

    /** CPU time of the whole process (every thread, GC and JIT included), nanoseconds. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    public static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    /** The p-th percentile (0..100) of nanosecond samples, in milliseconds. */
    public static double percentileMs(long[] nanos, double p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int i = (int) Math.min(s.length - 1, Math.max(0, Math.ceil(p / 100.0 * s.length) - 1));
        return s[i] / 1e6;
    }

    public static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }
}
