package thema.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Random;

/** Shared pieces of the benchmarks: generated text, timing, percentiles, peak heap. */
public final class Bench {
    private Bench() {
    }

    private static final String[] EN = ("the a and to of in that it was we parents teacher pupil school care support meeting "
            + "decision home reading talk call plan help child mother father week extra route team coordinator speech therapist "
            + "youth they she he said asked understood wishes informed letter phone report classroom homework progress "
            + "worried together agreed explained next step appointment colleague principal").split(" ");

    /** A transcript of about {@code words} words in Interviewer/Respondent turns, reproducible by seed. */
    public static String transcript(long seed, int words) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(words * 7);
        int w = 0;
        boolean interviewer = true;
        while (w < words) {
            b.append(interviewer ? "Interviewer: " : "Respondent: ");
            int turn = interviewer ? 8 + r.nextInt(20) : 40 + r.nextInt(160);
            for (int i = 0; i < turn && w < words; i++, w++) {
                String word = EN[r.nextInt(EN.length)];
                b.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                b.append(r.nextInt(12) == 0 ? ". " : " ");
            }
            b.setLength(b.length() - 1);
            b.append(".\n\n");
            interviewer = !interviewer;
        }
        return b.toString();
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
