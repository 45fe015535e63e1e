package thema.analysis.agreement;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties every coefficient must have, on random reliability data. */
class StatisticsProperties {
    static final int CATEGORIES = 3;

    @Provide
    Arbitrary<int[][]> units() {
        Arbitrary<Integer> value = Arbitraries.integers().between(-1, CATEGORIES - 1);
        return Arbitraries.integers().between(2, 4).flatMap(coders ->
                value.array(int[].class).ofSize(coders).array(int[][].class).ofMinSize(1).ofMaxSize(40));
    }

    @Provide
    Arbitrary<int[][]> completeTwoCoders() {
        return Arbitraries.integers().between(0, CATEGORIES - 1).array(int[].class).ofSize(2)
                .array(int[][].class).ofMinSize(1).ofMaxSize(40);
    }

    static ReliabilityData data(int[][] units, int[] coderOrder) {
        ReliabilityData d = new ReliabilityData(coderOrder.length);
        for (int[] u : units) {
            int[] v = new int[coderOrder.length];
            for (int i = 0; i < v.length; i++) v[i] = u[coderOrder[i]];
            d.add(v, 1);
        }
        return d;
    }

    static int[] identity(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) o[i] = i;
        return o;
    }

    static int[] reversed(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) o[i] = n - 1 - i;
        return o;
    }

    static void assertSame(OptionalDouble a, OptionalDouble b) {
        assertEquals(a.isPresent(), b.isPresent());
        if (a.isPresent()) assertEquals(a.getAsDouble(), b.getAsDouble(), 1e-9);
    }

    @Property
    void symmetricInCoders(@ForAll("units") int[][] units) {
        int n = units[0].length;
        ReliabilityData a = data(units, identity(n));
        ReliabilityData b = data(units, reversed(n));
        assertSame(a.krippendorffAlpha(), b.krippendorffAlpha());
        assertSame(a.fleissKappa(), b.fleissKappa());
        assertSame(a.percentAgreement(), b.percentAgreement());
        assertSame(a.cohenKappa(), b.cohenKappa());
    }

    @Property
    void inRangeAndNeverNaN(@ForAll("units") int[][] units) {
        ReliabilityData d = data(units, identity(units[0].length));
        for (OptionalDouble v : List.of(d.krippendorffAlpha(), d.fleissKappa(), d.cohenKappa())) {
            if (v.isPresent()) {
                assertTrue(!Double.isNaN(v.getAsDouble()) && v.getAsDouble() <= 1 + 1e-12 && v.getAsDouble() >= -1 - 1e-12, "value " + v);
            }
        }
        if (d.percentAgreement().isPresent()) {
            double p = d.percentAgreement().getAsDouble();
            assertTrue(p >= 0 && p <= 1);
        }
    }

    @Property
    void perfectAgreementIsOneWhenThereIsVariation(@ForAll("completeTwoCoders") int[][] units) {
        ReliabilityData d = new ReliabilityData(3);
        boolean varied = false;
        for (int[] u : units) {
            d.add(new int[]{u[0], u[0], u[0]}, 1);
            varied |= u[0] != units[0][0];
        }
        assertEquals(1.0, d.percentAgreement().getAsDouble(), 1e-12);
        if (varied) {
            assertEquals(1.0, d.krippendorffAlpha().getAsDouble(), 1e-12);
            assertEquals(1.0, d.fleissKappa().getAsDouble(), 1e-12);
        } else {
            assertTrue(d.krippendorffAlpha().isEmpty());
            assertTrue(d.fleissKappa().isEmpty());
        }
    }

    @Property
    void cohenIsOneExactlyWhenCodersAgreeWithVariation(@ForAll("completeTwoCoders") int[][] units) {
        ReliabilityData d = data(units, identity(2));
        boolean allAgree = true;
        for (int[] u : units) allAgree &= u[0] == u[1];
        if (d.cohenKappa().isPresent()) {
            assertEquals(allAgree, Math.abs(d.cohenKappa().getAsDouble() - 1) < 1e-12);
        }
    }

    @Property
    void missingValuesOnlyAffectAlpha(@ForAll("completeTwoCoders") int[][] units) {
        // a third coder with no values at all: kappas over complete units see nothing, alpha is unchanged
        ReliabilityData two = data(units, identity(2));
        ReliabilityData three = new ReliabilityData(3);
        for (int[] u : units) three.add(new int[]{u[0], u[1], ReliabilityData.MISSING}, 1);
        assertSame(two.krippendorffAlpha(), three.krippendorffAlpha());
        assertTrue(three.fleissKappa().isEmpty());
    }
}
