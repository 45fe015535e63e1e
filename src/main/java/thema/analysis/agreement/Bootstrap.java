package thema.analysis.agreement;

import thema.project.ThemaException;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
    public static final String NOT_FOR_CHARACTERS =
            "confidence intervals resample units, and characters are not independent units";

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
            throw new ThemaException(NOT_FOR_CHARACTERS, ThemaException.Remedy.RESAMPLED_UNIT);
        }
        if (draws < 1) throw new ThemaException("the number of draws must be at least 1");
        List<Agreement.Row> rows = r.rows();
        int n = rows.isEmpty() ? 0 : rows.get(0).unitCells().length;
        boolean pair = r.coders().size() == 2;
        int coders = r.coders().size();
        // per row: its cells, the most common cell, and the units in any other cell (few, for most codes)
        int size = rows.size();
        Cells[] cells = new Cells[size];
        int[] common = new int[size];
        int[][] others = new int[size][], othersCell = new int[size][];
        Cells pooledCells = new Cells(r.overall().data());
        int[][] toPooled = new int[size][];
        for (int v = 0; v < size; v++) {
            Agreement.Row row = rows.get(v);
            cells[v] = new Cells(row.data());
            if (!row.exclusive()) toPooled[v] = pooledCells.indicesOf(cells[v]);
            int[] cellOf = row.unitCells();
            long[] count = new long[cells[v].size()];
            for (int c : cellOf) count[c]++;
            int best = 0;
            for (int c = 1; c < count.length; c++) if (count[c] > count[best]) best = c;
            common[v] = best;
            int m = 0;
            int[] o = new int[cellOf.length], oc = new int[cellOf.length];
            for (int u = 0; u < cellOf.length; u++) {
                if (cellOf[u] != best) {
                    o[m] = u;
                    oc[m++] = cellOf[u];
                }
            }
            others[v] = Arrays.copyOf(o, m);
            othersCell[v] = Arrays.copyOf(oc, m);
        }
        double[][] alphas = new double[size + 1][draws];
        double[][] kappas = new double[size + 1][draws];
        int[] definedAlpha = new int[size + 1], definedKappa = new int[size + 1];
        SplittableRandom random = new SplittableRandom(seed);
        int[] times = new int[n];
        long[][] w = new long[size][];
        for (int v = 0; v < size; v++) w[v] = new long[cells[v].size()];
        long[] pooled = new long[pooledCells.size()];
        for (int draw = 0; draw < draws; draw++) {
            Arrays.fill(times, 0);
            for (int i = 0; i < n; i++) times[random.nextInt(n)]++;
            Arrays.fill(pooled, 0);
            for (int v = 0; v < size; v++) {
                Arrays.fill(w[v], 0);
                long rest = n;
                int[] o = others[v], oc = othersCell[v];
                for (int j = 0; j < o.length; j++) {
                    int t = times[o[j]];
                    w[v][oc[j]] += t;
                    rest -= t;
                }
                if (n > 0) w[v][common[v]] += rest;
                record(cells[v], w[v], v, alphas, kappas, definedAlpha, definedKappa, pair);
                if (toPooled[v] != null) for (int c = 0; c < w[v].length; c++) pooled[toPooled[v][c]] += w[v][c];
            }
            record(pooledCells, pooled, size, alphas, kappas, definedAlpha, definedKappa, pair);
        }
        Map<Agreement.Row, Interval> alpha = new IdentityHashMap<>(), kappa = new IdentityHashMap<>();
        for (int v = 0; v <= size; v++) {
            Agreement.Row row = v == size ? r.overall() : rows.get(v);
            if (row.krippendorffAlpha().isPresent() && definedAlpha[v] > 0) alpha.put(row, interval(alphas[v], definedAlpha[v]));
            if (pair && row.cohenKappa().isPresent() && definedKappa[v] > 0) kappa.put(row, interval(kappas[v], definedKappa[v]));
        }
        return new Intervals(draws, seed, n, alpha, kappa);
    }

    private static void record(Cells cells, long[] w, int v, double[][] alphas, double[][] kappas,
                               int[] definedAlpha, int[] definedKappa, boolean pair) {
        var a = Statistics.krippendorffAlpha(cells.counts, w);
        if (a.isPresent()) alphas[v][definedAlpha[v]++] = a.getAsDouble();
        if (pair) {
            var k = cells.cohenKappa(w);
            if (k.isPresent()) kappas[v][definedKappa[v]++] = k.getAsDouble();
        }
    }

    /**
     * A row's cells as arrays, so a draw is only new weights: per cell how many coders gave each
     * value (what alpha takes) and, for two coders, the pair of values (what kappa's table takes).
     * The coefficients are those of {@link ReliabilityData}, from {@link Statistics}.
     */
    private static final class Cells {
        final List<ReliabilityData.Cell> list;
        final long[][] counts;
        final int categories;

        Cells(ReliabilityData data) {
            list = data.cells();
            categories = Math.max(1, data.categories());
            counts = new long[list.size()][categories];
            for (int c = 0; c < list.size(); c++) {
                for (int x : list.get(c).values()) if (x != ReliabilityData.MISSING) counts[c][x]++;
            }
        }

        int size() {
            return list.size();
        }

        /** For each of {@code other}'s cells, the index of the cell with the same values here. */
        int[] indicesOf(Cells other) {
            int[] out = new int[other.size()];
            for (int c = 0; c < out.length; c++) {
                out[c] = -1;
                for (int d = 0; d < list.size() && out[c] < 0; d++) {
                    if (Arrays.equals(list.get(d).values(), other.list.get(c).values())) out[c] = d;
                }
                if (out[c] < 0) throw new IllegalStateException("a cell of a code is missing from the pooled line");
            }
            return out;
        }

        OptionalDouble cohenKappa(long[] w) {
            long[][] table = new long[categories][categories];
            for (int c = 0; c < list.size(); c++) {
                int[] v = list.get(c).values();
                if (v[0] != ReliabilityData.MISSING && v[1] != ReliabilityData.MISSING) table[v[0]][v[1]] += w[c];
            }
            return Statistics.cohenKappa(table);
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
