package thema.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reliability data: units, each with one value per coder ({@link #MISSING} when that coder
 * gave none), as Krippendorff lays them out. Units with the same values are kept as one
 * pattern with a weight (the character unit turns millions of characters into a few runs).
 * Values are category indices 0, 1, 2, ... (their labels are the caller's).
 */
public final class ReliabilityData {
    public static final int MISSING = -1;

    /** One pattern of values (per coder, in coder order) and how many units show it. */
    public record Cell(int[] values, long units) {
        public boolean complete() {
            for (int v : values) if (v == MISSING) return false;
            return true;
        }
    }

    private final int coders;
    private int categories;
    private final Map<Key, long[]> weights = new LinkedHashMap<>();

    public ReliabilityData(int coders) {
        if (coders < 2) throw new IllegalArgumentException("agreement needs at least two coders");
        this.coders = coders;
    }

    public int coders() {
        return coders;
    }

    /** One more than the highest value seen. */
    public int categories() {
        return categories;
    }

    /**
     * Adds {@code units} units that all have these values; returns the index of their cell in
     * {@link #cells()} (-1 when {@code units} is 0).
     */
    public int add(int[] values, long units) {
        if (values.length != coders) throw new IllegalArgumentException("expected " + coders + " values");
        if (units <= 0) return -1;
        for (int v : values) {
            if (v < MISSING) throw new IllegalArgumentException("value " + v + " is negative");
            categories = Math.max(categories, v + 1);
        }
        // per cell: its weight and its index in insertion order
        long[] cell = weights.computeIfAbsent(new Key(values.clone()), k -> new long[]{0, weights.size()});
        cell[0] += units;
        return (int) cell[1];
    }

    public void addAll(ReliabilityData other) {
        if (other.coders != coders) throw new IllegalArgumentException("incompatible data");
        other.weights.forEach((k, w) -> add(k.values, w[0]));
    }

    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        weights.forEach((k, w) -> out.add(new Cell(k.values.clone(), w[0])));
        return out;
    }

    /** Units with at least two values: those Krippendorff's alpha uses. */
    public long pairableUnits() {
        long n = 0;
        for (var e : weights.entrySet()) if (present(e.getKey().values) >= 2) n += e.getValue()[0];
        return n;
    }

    /** Units every coder gave a value: those percent agreement and the kappas use. */
    public long completeUnits() {
        long n = 0;
        for (var e : weights.entrySet()) if (present(e.getKey().values) == coders) n += e.getValue()[0];
        return n;
    }

    private static int present(int[] values) {
        int n = 0;
        for (int v : values) if (v != MISSING) n++;
        return n;
    }

    /** Share of complete units on which all coders gave the same value. */
    public OptionalDouble percentAgreement() {
        long all = 0, same = 0;
        for (var e : weights.entrySet()) {
            int[] v = e.getKey().values;
            if (present(v) != coders) continue;
            all += e.getValue()[0];
            boolean agree = true;
            for (int x : v) agree &= x == v[0];
            if (agree) same += e.getValue()[0];
        }
        return all == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) same / all);
    }

    /**
     * Share of complete units on which all coders agree, among those where at least one coder
     * gave a value other than 0 (for a code: characters or units that somebody coded).
     */
    public OptionalDouble codedAgreement() {
        long all = 0, same = 0;
        for (var e : weights.entrySet()) {
            int[] v = e.getKey().values;
            if (present(v) != coders) continue;
            boolean agree = true, coded = false;
            for (int x : v) {
                agree &= x == v[0];
                coded |= x != 0;
            }
            if (!coded) continue;
            all += e.getValue()[0];
            if (agree) same += e.getValue()[0];
        }
        return all == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) same / all);
    }

    /** Cohen's kappa over complete units; empty unless there are exactly two coders. */
    public OptionalDouble cohenKappa() {
        if (coders != 2) return OptionalDouble.empty();
        long[][] table = new long[Math.max(1, categories)][Math.max(1, categories)];
        for (var e : weights.entrySet()) {
            int[] v = e.getKey().values;
            if (v[0] != MISSING && v[1] != MISSING) table[v[0]][v[1]] += e.getValue()[0];
        }
        return Statistics.cohenKappa(table);
    }

    /** Fleiss' kappa over complete units. */
    public OptionalDouble fleissKappa() {
        List<long[]> rows = new ArrayList<>();
        List<Long> w = new ArrayList<>();
        for (var e : weights.entrySet()) {
            int[] v = e.getKey().values;
            if (present(v) != coders) continue;
            rows.add(countsOf(v));
            w.add(e.getValue()[0]);
        }
        return Statistics.fleissKappa(rows.toArray(long[][]::new), w.stream().mapToLong(Long::longValue).toArray());
    }

    /** Krippendorff's alpha (nominal) over all units, missing values allowed. */
    public OptionalDouble krippendorffAlpha() {
        long[][] rows = new long[weights.size()][];
        long[] w = new long[weights.size()];
        int i = 0;
        for (var e : weights.entrySet()) {
            rows[i] = countsOf(e.getKey().values);
            w[i++] = e.getValue()[0];
        }
        return Statistics.krippendorffAlpha(rows, w);
    }

    private long[] countsOf(int[] values) {
        long[] c = new long[Math.max(1, categories)];
        for (int v : values) if (v != MISSING) c[v]++;
        return c;
    }

    private record Key(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
