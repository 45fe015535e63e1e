package thema.analysis.agreement;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coefficients against published worked examples, to three decimals. */
class StatisticsTest {
    static final int M = ReliabilityData.MISSING;

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
     * observers, twelve units, nominal values 1..5 with missing values; alpha = 0.743.
     */
    static final int[][] KRIPPENDORFF = {
            // A  B  C  D       (rows: units 1..12)
            {1, 1, M, 1},
            {2, 2, 3, 2},
            {3, 3, 3, 3},
            {3, 3, 3, 3},
            {2, 2, 2, 2},
            {1, 2, 3, 4},
            {4, 4, 4, 4},
            {1, 1, 2, 1},
            {2, 2, 2, 2},
            {M, 5, 5, 5},
            {M, M, 1, 1},
            {M, 3, M, M},
    };

    /** Fleiss (1971) as worked on Wikipedia ("Fleiss' kappa"): 10 subjects, 14 raters, 5 categories; kappa = 0.210. */
    static final long[][] FLEISS = {
            {0, 0, 0, 0, 14},
            {0, 2, 6, 4, 2},
            {0, 0, 3, 5, 6},
            {0, 3, 9, 2, 0},
            {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},
            {3, 2, 6, 3, 0},
            {2, 5, 3, 2, 2},
            {6, 5, 2, 1, 0},
            {0, 2, 2, 3, 7},
    };

    static ReliabilityData krippendorffData() {
        ReliabilityData d = new ReliabilityData(4);
        for (int[] unit : KRIPPENDORFF) d.add(unit, 1);
        return d;
    }

    @Test
    void krippendorffFourObserverExampleWithMissingValues() {
        ReliabilityData d = krippendorffData();
        assertEquals(0.743, d.krippendorffAlpha().getAsDouble(), 0.0005);
        // unit 12 has a single value: not pairable
        assertEquals(11, d.pairableUnits());
        assertEquals(8, d.completeUnits());
    }

    @Test
    void cohenTwoByTwoFromWikipedia() {
        // yes/yes 20, A yes B no 5, A no B yes 10, no/no 15: p_o = 0.7, p_e = 0.5, kappa = 0.4
        long[][] table = {{20, 5}, {10, 15}};
        assertEquals(0.400, Statistics.cohenKappa(table).getAsDouble(), 0.0005);
        ReliabilityData d = new ReliabilityData(2);
        d.add(new int[]{1, 1}, 20);
        d.add(new int[]{1, 0}, 5);
        d.add(new int[]{0, 1}, 10);
        d.add(new int[]{0, 0}, 15);
        assertEquals(0.400, d.cohenKappa().getAsDouble(), 0.0005);
        assertEquals(0.700, d.percentAgreement().getAsDouble(), 0.0005);
    }

    @Test
    void fleissExampleFromWikipedia() {
        assertEquals(0.210, Statistics.fleissKappa(FLEISS, null).getAsDouble(), 0.0005);
        // the same table as reliability data: 14 raters' values per subject
        ReliabilityData d = new ReliabilityData(14);
        for (long[] subject : FLEISS) {
            int[] values = new int[14];
            int r = 0;
            for (int c = 0; c < 5; c++) for (int i = 0; i < subject[c]; i++) values[r++] = c;
            d.add(values, 1);
        }
        assertEquals(0.210, d.fleissKappa().getAsDouble(), 0.0005);
    }

    @Test
    void weightsCountAsRepeatedUnits() {
        ReliabilityData weighted = new ReliabilityData(2);
        ReliabilityData repeated = new ReliabilityData(2);
        int[][] units = {{0, 0}, {1, 2}, {2, 2}, {1, M}, {0, 1}};
        long[] w = {7, 3, 5, 2, 4};
        for (int i = 0; i < units.length; i++) {
            weighted.add(units[i], w[i]);
            for (int j = 0; j < w[i]; j++) repeated.add(units[i].clone(), 1);
        }
        assertEquals(repeated.krippendorffAlpha().getAsDouble(), weighted.krippendorffAlpha().getAsDouble(), 1e-12);
        assertEquals(repeated.cohenKappa().getAsDouble(), weighted.cohenKappa().getAsDouble(), 1e-12);
        assertEquals(repeated.fleissKappa().getAsDouble(), weighted.fleissKappa().getAsDouble(), 1e-12);
    }

    @Test
    void noVariationIsUndefinedNotOneOrNaN() {
        ReliabilityData d = new ReliabilityData(2);
        d.add(new int[]{0, 0}, 40);
        assertEquals(1.0, d.percentAgreement().getAsDouble());
        assertTrue(d.cohenKappa().isEmpty());
        assertTrue(d.fleissKappa().isEmpty());
        assertTrue(d.krippendorffAlpha().isEmpty());
    }

    @Test
    void noUnitsIsUndefined() {
        ReliabilityData d = new ReliabilityData(3);
        assertTrue(d.percentAgreement().isEmpty());
        assertTrue(d.fleissKappa().isEmpty());
        assertTrue(d.krippendorffAlpha().isEmpty());
        d.add(new int[]{1, M, M}, 5);
        assertTrue(d.percentAgreement().isEmpty());
        assertTrue(d.krippendorffAlpha().isEmpty());
    }

    @Test
    void singleUnitWithDisagreementIsZeroNotUndefined() {
        // one unit, A=1 B=0: p_o = 0, p_e = 0 -> kappa 0; alpha: n = 2, o_01 = o_10 = 1 -> 0
        ReliabilityData d = new ReliabilityData(2);
        d.add(new int[]{1, 0}, 1);
        assertEquals(0.0, d.cohenKappa().getAsDouble(), 1e-12);
        assertEquals(0.0, d.krippendorffAlpha().getAsDouble(), 1e-12);
        assertEquals(0.0, d.percentAgreement().getAsDouble(), 1e-12);
    }

    @Test
    void twoCodersWithoutMissingAlphaIsScottsPiCorrectedForSampleSize() {
        // Krippendorff 2011: for two coders and no missing values, alpha = 1 - (2N-1)/(2N) (1 - pi),
        // with pi = Fleiss' kappa for two raters (Scott's pi)
        ReliabilityData d = new ReliabilityData(2);
        d.add(new int[]{1, 1}, 20);
        d.add(new int[]{1, 0}, 5);
        d.add(new int[]{0, 1}, 10);
        d.add(new int[]{0, 0}, 15);
        double pi = d.fleissKappa().getAsDouble();
        double n = 50;
        assertEquals(1 - (2 * n - 1) / (2 * n) * (1 - pi), d.krippendorffAlpha().getAsDouble(), 1e-12);
    }
}
