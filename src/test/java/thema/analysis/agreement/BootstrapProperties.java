package thema.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The bootstrap against the plain procedure it shortcuts: draw n of the n units with
 * replacement, compute the coefficient on them, and take percentiles; for random data of two
 * rows (a code and an exclusive group) and their pooled line.
 */
class BootstrapProperties {
    static final int DRAWS = 200;

    /** Per unit, coder values of two rows: row 0 binary (0/1), row 1 three categories; -1 missing. */
    @Provide
    Arbitrary<int[][][]> units() {
        Arbitrary<int[]> binary = Arbitraries.integers().between(-1, 1).array(int[].class).ofSize(2);
        Arbitrary<int[]> group = Arbitraries.integers().between(-1, 2).array(int[].class).ofSize(2);
        return net.jqwik.api.Combinators.combine(binary, group).as((a, b) -> new int[][]{a, b})
                .array(int[][][].class).ofMinSize(1).ofMaxSize(60);
    }

    static Agreement.Report report(int[][][] units) {
        List<Agreement.Row> rows = new ArrayList<>();
        for (int v = 0; v < 2; v++) {
            ReliabilityData d = new ReliabilityData(2);
            int[] cells = new int[units.length];
            // a coder's value is missing on every row of a unit or on none, as in a document not marked done
            for (int u = 0; u < units.length; u++) cells[u] = d.add(values(units[u], v), 1);
            rows.add(new Agreement.Row("r" + v, v == 1, List.of("a", "b", "c"), d, cells));
        }
        ReliabilityData pooled = new ReliabilityData(2);
        pooled.addAll(rows.get(0).data());
        return new Agreement.Report(List.of("x", "y"), UnitKind.TURN, List.of("d"), rows,
                new Agreement.Row("(all codes)", false, Agreement.BINARY, pooled, null), SpeakerFilter.ALL, 0, null);
    }

    static int[] values(int[][] unit, int row) {
        int[] v = unit[row].clone();
        for (int i = 0; i < 2; i++) if (unit[0][i] == -1 || unit[1][i] == -1) v[i] = -1;
        return v;
    }

    /** The plain procedure for one row (the pooled line is row 0 here, the only binary row). */
    static double[] plain(int[][][] units, int row, long seed, boolean alpha) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = units.length;
        List<Double> out = new ArrayList<>();
        for (int draw = 0; draw < DRAWS; draw++) {
            int[] times = new int[n];
            for (int i = 0; i < n; i++) times[random.nextInt(n)]++;
            ReliabilityData d = new ReliabilityData(2);
            for (int u = 0; u < n; u++) for (int t = 0; t < times[u]; t++) d.add(values(units[u], row), 1);
            OptionalDouble x = alpha ? d.krippendorffAlpha() : d.cohenKappa();
            if (x.isPresent()) out.add(x.getAsDouble());
        }
        double[] sorted = out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) return null;
        return new double[]{Bootstrap.quantile(sorted, 0.025), Bootstrap.quantile(sorted, 0.975), sorted.length};
    }

    static void assertInterval(double[] expected, java.util.Optional<Bootstrap.Interval> actual, String what) {
        if (expected == null) return;
        assertTrue(actual.isPresent(), what);
        assertEquals(expected[0], actual.get().low(), 1e-12, what);
        assertEquals(expected[1], actual.get().high(), 1e-12, what);
        assertEquals((int) expected[2], actual.get().defined(), what);
    }

    @Property(tries = 60)
    void equalsThePlainProcedure(@ForAll("units") int[][][] units, @ForAll long seed) {
        Agreement.Report r = report(units);
        Bootstrap.Intervals i = Bootstrap.of(r, DRAWS, seed);
        for (int v = 0; v < 2; v++) {
            Agreement.Row row = r.rows().get(v);
            if (row.krippendorffAlpha().isPresent()) assertInterval(plain(units, v, seed, true), i.alpha(row), "alpha " + v);
            if (row.cohenKappa().isPresent()) assertInterval(plain(units, v, seed, false), i.kappa(row), "kappa " + v);
        }
        if (r.overall().krippendorffAlpha().isPresent()) assertInterval(plain(units, 0, seed, true), i.alpha(r.overall()), "pooled");
    }

    @Property(tries = 60)
    void boundedOrderedAndTheSameForASeed(@ForAll("units") int[][][] units, @ForAll long seed) {
        Agreement.Report r = report(units);
        Bootstrap.Intervals a = Bootstrap.of(r, DRAWS, seed), b = Bootstrap.of(r, DRAWS, seed);
        for (Agreement.Row row : r.rows()) {
            for (var i : List.of(a.alpha(row), a.kappa(row))) {
                i.ifPresent(x -> assertTrue(-1 <= x.low() && x.low() <= x.high() && x.high() <= 1, x.toString()));
            }
            assertEquals(a.alpha(row), b.alpha(row));
            assertEquals(a.kappa(row), b.kappa(row));
        }
        assertEquals(Arrays.asList(a.draws(), a.seed(), a.units()), Arrays.asList(DRAWS, seed, (long) units.length));
    }
}
