package thema.analysis.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The report as rows of named values (the JSON shape, also behind CSV, the table and the
 * Markdown of 'thema agree' and the debriefing record). Undefined coefficients are null.
 */
public final class AgreementOutput {
    /** Cells shown in a table or Markdown row; CSV and JSON have them all. */
    public static final int SHORT_CELLS = 6;

    private AgreementOutput() {
    }

    /** Column names of the CSV, in order. */
    public static final List<String> COLUMNS = List.of("code", "exclusive", "units", "complete_units", "percent_agreement",
            "coded_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "below_min_alpha",
            "both", "first_only", "second_only", "neither", "cells");

    /** Column names of the CSV of this report: with intervals, their bounds after the coefficients. */
    public static List<String> columns(Agreement.Report r) {
        if (r.intervals() == null) return COLUMNS;
        List<String> c = new ArrayList<>(COLUMNS);
        c.addAll(c.indexOf("below_min_alpha"), List.of("cohen_kappa_ci_low", "cohen_kappa_ci_high", "krippendorff_alpha_ci_low", "krippendorff_alpha_ci_high"));
        return c;
    }

    public static Map<String, Object> document(Agreement.Report r, double minAlpha) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("coders", r.coders());
        m.put("unit", r.unit().label());
        m.put("documents", r.documents());
        Map<String, Object> speakers = new LinkedHashMap<>();
        speakers.put("only", r.speakers().only());
        speakers.put("excluded", r.speakers().excluded());
        speakers.put("units_left_out", r.leftOut());
        m.put("speakers", speakers);
        m.put("min_alpha", minAlpha);
        if (r.intervals() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("level", Bootstrap.LEVEL);
            b.put("method", "percentile bootstrap, units drawn with replacement");
            b.put("units", r.intervals().units());
            b.put("draws", r.intervals().draws());
            b.put("seed", r.intervals().seed());
            m.put("bootstrap", b);
        }
        m.put("overall", row(r, r.overall(), minAlpha, true));
        List<Map<String, Object>> codes = new ArrayList<>();
        for (Agreement.Row row : r.rows()) codes.add(row(r, row, minAlpha, true));
        m.put("codes", codes);
        return m;
    }

    /** One row; with {@code structured} the cells are a list of objects, else one compact string. */
    public static Map<String, Object> row(Agreement.Report r, Agreement.Row row, double minAlpha, boolean structured) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", row.code());
        m.put("exclusive", row.exclusive());
        m.put("units", row.units());
        m.put("complete_units", row.completeUnits());
        m.put("percent_agreement", percent(row.percentAgreement()));
        m.put("coded_agreement", percent(row.codedAgreement()));
        m.put("cohen_kappa", value(row.cohenKappa()));
        m.put("fleiss_kappa", value(row.fleissKappa()));
        m.put("krippendorff_alpha", value(row.krippendorffAlpha()));
        if (r.intervals() != null) {
            Bootstrap.Interval k = r.intervals().kappa(row).orElse(null), a = r.intervals().alpha(row).orElse(null);
            if (structured) {
                m.put("cohen_kappa_ci", k == null ? null : List.of(k.low(), k.high()));
                m.put("krippendorff_alpha_ci", a == null ? null : List.of(a.low(), a.high()));
            } else {
                m.put("cohen_kappa_ci_low", k == null ? null : k.low());
                m.put("cohen_kappa_ci_high", k == null ? null : k.high());
                m.put("krippendorff_alpha_ci_low", a == null ? null : a.low());
                m.put("krippendorff_alpha_ci_high", a == null ? null : a.high());
            }
        }
        m.put("below_min_alpha", belowMin(row, minAlpha));
        boolean pair = !row.exclusive() && r.coders().size() == 2;
        long[] four = new long[4];
        List<ReliabilityData.Cell> cells = sorted(row.data().cells());
        for (ReliabilityData.Cell c : cells) {
            if (pair && c.complete()) four[(1 - c.values()[0]) * 2 + (1 - c.values()[1])] += c.units();
        }
        m.put("both", pair ? four[0] : null);
        m.put("first_only", pair ? four[1] : null);
        m.put("second_only", pair ? four[2] : null);
        m.put("neither", pair ? four[3] : null);
        if (structured) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ReliabilityData.Cell c : cells) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < r.coders().size(); i++) values.put(r.coders().get(i), row.label(c.values()[i]));
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("values", values);
                cell.put("units", c.units());
                list.add(cell);
            }
            m.put("cells", list);
        } else {
            m.put("cells", compactCells(row, cells, Integer.MAX_VALUE));
        }
        return m;
    }

    public static boolean belowMin(Agreement.Row row, double minAlpha) {
        return row.krippendorffAlpha().isPresent() && row.krippendorffAlpha().getAsDouble() < minAlpha;
    }

    /**
     * "11:20 10:5 01:10 00:15" for a code (1 coded, 0 not, '.' missing), "one-way/none:3 ..." for a
     * group; at most {@code limit} cells, the largest, then "(+N more)".
     */
    public static String compactCells(Agreement.Row row, List<ReliabilityData.Cell> cells, int limit) {
        StringBuilder b = new StringBuilder();
        if (cells.size() > limit) {
            List<ReliabilityData.Cell> big = new ArrayList<>(cells);
            big.sort(Comparator.comparingLong(ReliabilityData.Cell::units).reversed());
            cells = big.subList(0, limit);
        }
        int more = row.data().cells().size() - cells.size();
        for (ReliabilityData.Cell c : cells) {
            if (b.length() > 0) b.append(' ');
            for (int i = 0; i < c.values().length; i++) {
                int v = c.values()[i];
                if (row.exclusive()) {
                    if (i > 0) b.append('/');
                    b.append(v == ReliabilityData.MISSING ? "." : row.label(v));
                } else {
                    b.append(v == ReliabilityData.MISSING ? "." : Integer.toString(v));
                }
            }
            b.append(':').append(c.units());
        }
        if (more > 0) b.append(" (+").append(more).append(" more)");
        return b.toString();
    }

    /** Cells with the most agreement-telling order: coded patterns first, then by units. */
    public static List<ReliabilityData.Cell> sorted(List<ReliabilityData.Cell> cells) {
        List<ReliabilityData.Cell> out = new ArrayList<>(cells);
        out.sort(Comparator.comparing((ReliabilityData.Cell c) -> key(c.values())).reversed());
        return out;
    }

    private static String key(int[] values) {
        StringBuilder b = new StringBuilder();
        for (int v : values) b.append((char) ('A' + v + 1));
        return b.toString();
    }

    static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    static Double percent(OptionalDouble d) {
        return d.isPresent() ? 100 * d.getAsDouble() : null;
    }

    /** Three decimals, or "undefined" (no units, or no variation). */
    public static String fmt(Object v) {
        if (v == null) return "undefined";
        if (v instanceof Double d) return String.format(Locale.ROOT, "%.3f", d);
        return v.toString();
    }

    /** "[0.912, 0.987]", or "undefined". */
    public static String fmtInterval(java.util.Optional<Bootstrap.Interval> i) {
        return i.map(x -> String.format(Locale.ROOT, "[%.3f, %.3f]", x.low(), x.high())).orElse("undefined");
    }

    public static String fmtPercent(Object v) {
        if (v == null) return "undefined";
        return String.format(Locale.ROOT, "%.1f%%", (Double) v);
    }

    /** The report as a Markdown table (for 'thema agree --format md' and the debriefing record). */
    public static String markdown(Agreement.Report r, double minAlpha) {
        StringBuilder b = new StringBuilder();
        b.append(summary(r)).append("\n\n");
        boolean pair = r.coders().size() == 2;
        boolean chars = r.unit() == UnitKind.CHARACTER;
        List<String> head = new ArrayList<>(List.of("code", "units", "agreement"));
        if (chars) head.add("agreement where coded");
        boolean ci = r.intervals() != null;
        if (pair) head.add("Cohen's kappa");
        if (pair && ci) head.add("kappa 95% CI");
        head.addAll(List.of("Fleiss' kappa", "Krippendorff's alpha"));
        if (ci) head.add("alpha 95% CI");
        head.addAll(List.of("cells", "flag"));
        b.append("| ").append(String.join(" | ", head)).append(" |\n|");
        for (String h : head) b.append(h.equals("code") || h.equals("cells") || h.equals("flag") ? " --- |" : " ---: |");
        b.append('\n');
        List<Agreement.Row> rows = new ArrayList<>();
        rows.add(r.overall());
        rows.addAll(r.rows());
        for (Agreement.Row row : rows) {
            Map<String, Object> m = row(r, row, minAlpha, false);
            List<String> cells = new ArrayList<>(List.of(escape(row.code()), m.get("units").toString(), fmtPercent(m.get("percent_agreement"))));
            if (chars) cells.add(fmtPercent(m.get("coded_agreement")));
            if (pair) cells.add(fmt(m.get("cohen_kappa")));
            if (pair && ci) cells.add(fmtInterval(r.intervals().kappa(row)));
            cells.add(fmt(m.get("fleiss_kappa")));
            cells.add(fmt(m.get("krippendorff_alpha")));
            if (ci) cells.add(fmtInterval(r.intervals().alpha(row)));
            cells.add(escape(compactCells(row, sorted(row.data().cells()), SHORT_CELLS)));
            cells.add(flag(row, minAlpha));
            b.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        b.append('\n').append(legend(r, minAlpha)).append('\n');
        return b.toString();
    }

    public static String flag(Agreement.Row row, double minAlpha) {
        return belowMin(row, minAlpha) ? String.format(Locale.ROOT, "alpha < %.3f", minAlpha) : "";
    }

    public static String summary(Agreement.Report r) {
        String s = "Agreement of " + String.join(", ", r.coders()) + " by " + r.unit().label() + " over " + r.documents().size()
                + " document" + (r.documents().size() == 1 ? "" : "s") + " marked done by at least two of them.";
        if (!r.speakers().isAll()) {
            s += " Speakers: " + r.speakers().describe() + " (" + r.leftOut() + " " + r.unit().label()
                    + (r.leftOut() == 1 ? "" : "s") + " not compared).";
        }
        return s;
    }

    /** How the intervals were made, for the legend (empty without intervals). */
    public static String intervalNote(Agreement.Report r) {
        Bootstrap.Intervals i = r.intervals();
        if (i == null) return "";
        return String.format(Locale.ROOT, "95%% CI: percentile bootstrap, the %d %ss drawn with replacement %d times (seed %d).",
                i.units(), r.unit().label(), i.draws(), i.seed());
    }

    public static String legend(Agreement.Report r, double minAlpha) {
        return "cells: values of " + String.join("/", r.coders()) + " (1 coded, 0 not coded, . missing): units. "
                + "undefined: no units, or no variation (every value the same). "
                + "(all codes): pooled over the codes (not the exclusive groups). "
                + String.format(Locale.ROOT, "Flagged: alpha below %.3f.", minAlpha)
                + (r.intervals() == null ? "" : " " + intervalNote(r));
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
