package thema.analysis.agreement;

import java.util.OptionalDouble;

/**
 * Textbook reliability coefficients, pure functions of counts. Each returns an empty
 * OptionalDouble when the coefficient is undefined (no units, or no variation: expected
 * agreement of 1), never NaN. Counts are weights, so a run of 1,000 characters coded alike
 * is one entry of weight 1,000 rather than 1,000 entries. References in docs/reliability.md.
 */
public final class Statistics {
    private Statistics() {
    }

    /**
     * Cohen's kappa (Cohen 1960) from a k×k contingency table: {@code table[a][b]} is how many
     * units coder A put in category a and coder B in category b.
     * kappa = (p_o − p_e) / (1 − p_e), p_o = Σ t_kk / N, p_e = Σ (row_k/N)(col_k/N).
     */
    public static OptionalDouble cohenKappa(long[][] table) {
        int k = table.length;
        long n = 0, diag = 0;
        long[] row = new long[k], col = new long[k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                long t = table[a][b];
                n += t;
                row[a] += t;
                col[b] += t;
                if (a == b) diag += t;
            }
        }
        if (n == 0) return OptionalDouble.empty();
        // p_e == 1 exactly when Σ row_k·col_k == N²: both coders used one and the same category
        double chanceProducts = 0;
        boolean oneCategory = false;
        for (int c = 0; c < k; c++) {
            chanceProducts += (double) row[c] * col[c];
            if (row[c] == n && col[c] == n) oneCategory = true;
        }
        if (oneCategory) return OptionalDouble.empty();
        double po = (double) diag / n;
        double pe = chanceProducts / ((double) n * n);
        return OptionalDouble.of((po - pe) / (1 - pe));
    }

    /**
     * Fleiss' kappa (Fleiss 1971). {@code counts[i][j]} is how many of the n raters put subject
     * i in category j (every row sums to the same n ≥ 2); {@code weights[i]} how many subjects
     * row i stands for (null: 1 each).
     * P_i = (Σ_j n_ij² − n) / (n(n − 1)); P̄ = mean P_i; p_j = Σ_i n_ij / (N n); P̄_e = Σ p_j²;
     * kappa = (P̄ − P̄_e) / (1 − P̄_e).
     */
    public static OptionalDouble fleissKappa(long[][] counts, long[] weights) {
        if (counts.length == 0) return OptionalDouble.empty();
        int k = counts[0].length;
        long raters = -1;
        double subjects = 0, sumP = 0;
        double[] perCategory = new double[k];
        for (int i = 0; i < counts.length; i++) {
            long w = weights == null ? 1 : weights[i];
            long ni = 0, sq = 0;
            for (int j = 0; j < k; j++) {
                ni += counts[i][j];
                sq += counts[i][j] * counts[i][j];
                perCategory[j] += (double) w * counts[i][j];
            }
            if (raters < 0) raters = ni;
            if (ni != raters) throw new IllegalArgumentException("Fleiss' kappa needs the same number of raters for every subject");
            subjects += w;
            if (raters >= 2) sumP += w * (double) (sq - ni) / ((double) ni * (ni - 1));
        }
        if (raters < 2 || subjects == 0) return OptionalDouble.empty();
        double total = subjects * raters;
        double pe = 0;
        int used = 0;
        for (double c : perCategory) {
            pe += (c / total) * (c / total);
            if (c > 0) used++;
        }
        if (used <= 1) return OptionalDouble.empty();
        double pBar = sumP / subjects;
        return OptionalDouble.of((pBar - pe) / (1 - pe));
    }

    /**
     * Krippendorff's alpha for nominal data (Krippendorff 2011, coincidence-matrix method).
     * {@code counts[u][c]} is how many coders gave unit u value c (missing values are simply
     * not counted); {@code weights[u]} how many units row u stands for (null: 1 each). Units
     * with fewer than two values are not pairable and drop out.
     * o_cc = Σ_u n_uc(n_uc − 1)/(m_u − 1), n_c = Σ_u n_uc, n = Σ_c n_c;
     * alpha = ((n − 1) Σ_c o_cc − Σ_c n_c(n_c − 1)) / (n(n − 1) − Σ_c n_c(n_c − 1)).
     */
    public static OptionalDouble krippendorffAlpha(long[][] counts, long[] weights) {
        if (counts.length == 0) return OptionalDouble.empty();
        int k = counts[0].length;
        double observedSame = 0;
        long[] nc = new long[k];
        for (int u = 0; u < counts.length; u++) {
            long w = weights == null ? 1 : weights[u];
            long m = 0;
            for (long c : counts[u]) m += c;
            if (m < 2) continue;
            double same = 0;
            for (int c = 0; c < k; c++) {
                same += (double) counts[u][c] * (counts[u][c] - 1);
                nc[c] += w * counts[u][c];
            }
            observedSame += w * same / (m - 1);
        }
        long n = 0;
        double expectedSame = 0;
        for (long c : nc) {
            n += c;
            expectedSame += (double) c * (c - 1);
        }
        boolean oneValue = false;
        for (long c : nc) if (c == n) oneValue = true;
        if (n < 2 || oneValue) return OptionalDouble.empty();
        double all = (double) n * (n - 1);
        return OptionalDouble.of(((n - 1) * observedSame - expectedSame) / (all - expectedSame));
    }
}
