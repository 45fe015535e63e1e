package thema.analysis.agreement;

import thema.project.ThemaException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Bootstrapped 95% confidence intervals for Krippendorff's alpha and Cohen's kappa: the
 * compared units are drawn with replacement, as many as there are, {@code draws} times
 * (SplittableRandom seeded with {@code seed}); every row, the pooled line included, is computed
 * again on the same draw, and the interval is the 2.5th to 97.5th percentile of the defined
 * values (linear interpolation between order statistics, R's default quantile). A unit carries
 * all its codes, so the pooled line resamples units, not (unit, code) pairs. Character units are
 * not independent of their neighbours and are not resampled. Method and the difference from
 * Hayes and Krippendorff's (2007) KALPHA: docs/reliability.md.
 */
public final class Bootstrap {
    public static final int DEFAULT_DRAWS = 10_000;
    public static final double LEVEL = 0.95;

    /** One interval; {@code defined} is how many draws gave the coefficient a value. */
    public record Interval(double low, double high, int defined) {
    }

    /** The intervals of every row of a report (absent when the coefficient is undefined). */
    public record Intervals(int draws, long seed, long units, Map<Agreement.Row, Interval> alpha,
                            Map<Agreement.Row, Interval> kappa) {
        public Optional<Interval> alpha(Agreement.Row row) {
            return Optional.ofNullable(alpha.get(row));
        }

        public Optional<Interval> kappa(Agreement.Row row) {
            return Optional.ofNullable(kappa.get(row));
        }
    }

    private Bootstrap() {
    }

    public static Intervals of(Agreement.Report r, int draws, long seed) {
        if (r.unit() == UnitKind.CHARACTER) {
            throw new ThemaException("confidence intervals resample units, and characters are not independent units: use --unit turn or sentence");
        }
        if (draws < 1) throw new ThemaException("the number of draws must be at least 1");
        List<Agreement.Row> rows = r.rows();
        int n = rows.isEmpty() ? 0 : rows.get(0).unitCells().length;
        boolean pair = r.coders().size() == 2;
        int coders = r.coders().size();
        // per row: its cells, the most common cell, and the units in any other cell (few, for most codes)
        int size = rows.size();
        List<List<ReliabilityData.Cell>> cells = new ArrayList<>();
        int[] common = new int[size];
        int[][] others = new int[size][];
        for (int v = 0; v < size; v++) {
            Agreement.Row row = rows.get(v);
            cells.add(row.data().cells());
            int[] cellOf = row.unitCells();
            long[] count = new long[cells.get(v).size()];
            for (int c : cellOf) count[c]++;
            int best = 0;
            for (int c = 1; c < count.length; c++) if (count[c] > count[best]) best = c;
            common[v] = best;
            int m = 0;
            int[] o = new int[cellOf.length];
            for (int u = 0; u < cellOf.length; u++) if (cellOf[u] != best) o[m++] = u;
            others[v] = Arrays.copyOf(o, m);
        }
        double[][] alphas = new double[size + 1][draws];
        double[][] kappas = new double[size + 1][draws];
        int[] definedAlpha = new int[size + 1], definedKappa = new int[size + 1];
        SplittableRandom random = new SplittableRandom(seed);
        int[] times = new int[n];
        for (int draw = 0; draw < draws; draw++) {
            Arrays.fill(times, 0);
            for (int i = 0; i < n; i++) times[random.nextInt(n)]++;
            ReliabilityData pooled = new ReliabilityData(coders);
            for (int v = 0; v < size; v++) {
                Agreement.Row row = rows.get(v);
                long[] w = new long[cells.get(v).size()];
                long rest = n;
                int[] cellOf = row.unitCells();
                for (int u : others[v]) {
                    w[cellOf[u]] += times[u];
                    rest -= times[u];
                }
                if (n > 0) w[common[v]] += rest;
                ReliabilityData d = new ReliabilityData(coders);
                for (int c = 0; c < w.length; c++) d.add(cells.get(v).get(c).values(), w[c]);
                record(d, v, draw, alphas, kappas, definedAlpha, definedKappa, pair);
                if (!row.exclusive()) pooled.addAll(d);
            }
            record(pooled, size, draw, alphas, kappas, definedAlpha, definedKappa, pair);
        }
        Map<Agreement.Row, Interval> alpha = new IdentityHashMap<>(), kappa = new IdentityHashMap<>();
        for (int v = 0; v <= size; v++) {
            Agreement.Row row = v == size ? r.overall() : rows.get(v);
            if (row.krippendorffAlpha().isPresent() && definedAlpha[v] > 0) alpha.put(row, interval(alphas[v], definedAlpha[v]));
            if (pair && row.cohenKappa().isPresent() && definedKappa[v] > 0) kappa.put(row, interval(kappas[v], definedKappa[v]));
        }
        return new Intervals(draws, seed, n, alpha, kappa);
    }

    private static void record(ReliabilityData d, int v, int draw, double[][] alphas, double[][] kappas,
                               int[] definedAlpha, int[] definedKappa, boolean pair) {
        var a = d.krippendorffAlpha();
        if (a.isPresent()) alphas[v][definedAlpha[v]++] = a.getAsDouble();
        if (pair) {
            var k = d.cohenKappa();
            if (k.isPresent()) kappas[v][definedKappa[v]++] = k.getAsDouble();
        }
    }

    private static Interval interval(double[] values, int defined) {
        double[] x = Arrays.copyOf(values, defined);
        Arrays.sort(x);
        return new Interval(quantile(x, (1 - LEVEL) / 2), quantile(x, 1 - (1 - LEVEL) / 2), defined);
    }

    /** R's type 7 quantile of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
