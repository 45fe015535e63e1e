package thema.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Project;

/**
 * The wide table a paper shows: one line per code (in codebook order, with its depth), one column
 * per group of an attribute and a last column for all groups together; each cell holds k (units
 * with a segment of the code or a subcode), n (the group's counted units) and the segments (of the
 * code or a subcode). {@link #byDocument} is the code × document matrix: a column per counted
 * document, k 1 or 0 of n 1.
 */
public record CodeTable(String units, String attribute, List<Column> columns, List<Line> lines) {
    /** A column: the group's value ("" for all together) and its n. */
    public record Column(String value, int n) {
    }

    public record Line(String code, int depth, List<Cell> cells) {
    }

    public record Cell(int k, int n, int segments) {
        /** k of n in percent, rounded to a whole number; null when n is 0 (a group with nobody counted). */
        public Integer percent() {
            return n == 0 ? null : (int) Math.round(100.0 * k / n);
        }
    }

    /** Codes × the groups of {@code units}, with a last column of all its units when there are groups. */
    public static CodeTable of(Project p, CountedCoding counted, CountingUnits units) {
        CountingUnits all = units.ungrouped(counted);
        List<CodeCounts.Row> rows = CodeCounts.of(p, counted, units);
        List<CodeCounts.Row> totals = CodeCounts.of(p, counted, all);
        List<Column> columns = new ArrayList<>();
        for (int g = 0; g < units.groups().size(); g++) columns.add(new Column(units.groups().get(g).value(), units.counted(g)));
        boolean grouped = !units.groups().get(0).attribute().isEmpty();
        if (grouped) columns.add(new Column("", all.counted(0)));
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        for (CodeCounts.Row r : rows) cells.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(new Cell(r.documents(), r.documentsInGroup(), r.segmentsTotal()));
        if (grouped) for (CodeCounts.Row r : totals) cells.get(r.code()).add(new Cell(r.documents(), r.documentsInGroup(), r.segmentsTotal()));
        Codebook cb = p.codebook();
        List<Line> lines = new ArrayList<>();
        cells.forEach((code, cs) -> lines.add(new Line(code, cb.depth(code), List.copyOf(cs))));
        return new CodeTable(units.per().plural(), units.groups().get(0).attribute(), List.copyOf(columns), List.copyOf(lines));
    }

    /** The code × document matrix of the counted documents: segments of each code or a subcode per document. */
    public static CodeTable byDocument(Project p, CountedCoding counted) {
        List<String> docs = counted.sources().stream().map(CountedCoding.Source::doc).toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) column.put(docs.get(i), i);
        Map<String, int[]> segments = new HashMap<>();
        for (Coding c : counted.codings()) {
            for (String path : Codebook.selfAndAncestors(c.code())) segments.computeIfAbsent(path, k -> new int[docs.size()])[column.get(c.doc())]++;
        }
        Codebook cb = p.codebook();
        List<Line> lines = new ArrayList<>();
        for (String path : cb.paths()) {
            int[] s = segments.getOrDefault(path, new int[docs.size()]);
            List<Cell> cs = new ArrayList<>();
            for (int v : s) cs.add(new Cell(v > 0 ? 1 : 0, 1, v));
            lines.add(new Line(path, cb.depth(path), List.copyOf(cs)));
        }
        return new CodeTable("documents", "document", docs.stream().map(d -> new Column(d, 1)).toList(), List.copyOf(lines));
    }

    /** The name of a code as a table shows it: its last segment. */
    public static String name(Line l) {
        return Codebook.nameOf(l.code());
    }

    /** "regular (n = 20)", "all (n = 62)", or the document id in the matrix. */
    public String heading(Column c) {
        if (attribute.equals("document")) return c.value();
        return (c.value().isEmpty() ? "all" : c.value()) + " (n = " + c.n() + ")";
    }

    /** What a cell shows: "6 of 20", "30%", "12" segments, or several of them. */
    public enum Measure {
        K_OF_N("k-of-n"), PERCENT("percent"), SEGMENTS("segments");

        private final String option;

        Measure(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    /** A cell as text: "6 of 20", "6 of 20 (30%)", "6 of 20 (30%; 12 segments)", "30%", "12". */
    public static String text(Cell c, List<Measure> measures) {
        List<String> extra = new ArrayList<>();
        if (measures.contains(Measure.PERCENT)) extra.add(c.percent() == null ? "–" : c.percent() + "%");
        if (measures.contains(Measure.SEGMENTS)) extra.add(measures.size() == 1 ? String.valueOf(c.segments()) : c.segments() + (c.segments() == 1 ? " segment" : " segments"));
        if (!measures.contains(Measure.K_OF_N)) return String.join("; ", extra);
        String kn = c.k() + " of " + c.n();
        return extra.isEmpty() ? kn : kn + " (" + String.join("; ", extra) + ")";
    }

    /** The numeric columns of one table column for a spreadsheet: k and n, percent, segments. */
    public static List<String> numberHeadings(String heading, List<Measure> measures) {
        List<String> out = new ArrayList<>();
        if (measures.contains(Measure.K_OF_N)) {
            out.add(heading + " k");
            out.add(heading + " n");
        }
        if (measures.contains(Measure.PERCENT)) out.add(heading + " %");
        if (measures.contains(Measure.SEGMENTS)) out.add(heading + " segments");
        return out;
    }

    public static List<Object> numbers(Cell c, List<Measure> measures) {
        List<Object> out = new ArrayList<>();
        if (measures.contains(Measure.K_OF_N)) {
            out.add(c.k());
            out.add(c.n());
        }
        if (measures.contains(Measure.PERCENT)) out.add(c.percent());
        if (measures.contains(Measure.SEGMENTS)) out.add(c.segments());
        return out;
    }
}
