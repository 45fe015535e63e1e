package thema.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.analysis.CodeCounts;
import thema.analysis.CountedCoders;
import thema.analysis.DocumentGroups;
import thema.analysis.ExclusiveSplit;
import thema.coding.Codebook;
import thema.project.Json;
import thema.project.Project;

@Command(name = "counts", mixinStandardHelpOptions = true,
        description = {"Per code: segments, segments with descendants, and documents (k of n), optionally by attribute.",
                "Counts the consensus coding when there is one, else every coder apart."})
final class CountsCommand extends ProjectCommand {
    enum Format { table, csv, json, md }

    static final int BAR = 12;

    @Option(names = "--coder", paramLabel = "NAME", description = "Count this coder only.")
    String coder;

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Split by this attribute; repeat for a cross.")
    List<String> by = new ArrayList<>();

    @Option(names = "--within", paramLabel = "GROUP", description = "How each code's segments split over the alternatives of this exclusive group.")
    String within;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, json or md (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Project p = project();
        List<String> coders = CountedCoders.choose(p, coder);
        DocumentGroups groups = DocumentGroups.of(p, by);
        if (within != null) {
            printSplit(p, coders, groups, p.codebook().resolve(within));
            return 0;
        }
        List<CodeCounts.Row> rows = CodeCounts.of(p, coders, groups);
        boolean perCoder = coders.size() > 1;
        if (format == Format.table) {
            int max = rows.stream().mapToInt(CodeCounts.Row::segmentsTotal).max().orElse(0);
            for (String c : coders) {
                if (perCoder || !c.equals(coder)) out().println("Coder: " + c);
                TextTable t = by.isEmpty()
                        ? new TextTable("code", "segments", "with sub", "documents", "").alignRight(1, 2)
                        : new TextTable("code", String.join(" × ", by), "segments", "with sub", "documents", "").alignRight(2, 3);
                String last = null;
                for (CodeCounts.Row r : rows) {
                    if (!r.coder().equals(c)) continue;
                    String name = r.code().equals(last) ? "" : "  ".repeat(r.depth()) + Codebook.nameOf(r.code());
                    last = r.code();
                    String docs = r.documents() + " of " + r.documentsInGroup();
                    String bar = TextTable.bar(r.segmentsTotal(), max, BAR);
                    if (by.isEmpty()) t.row(name, r.segments(), r.segmentsTotal(), docs, bar);
                    else t.row(name, r.value(), r.segments(), r.segmentsTotal(), docs, bar);
                }
                t.print(out());
                out().println();
            }
            out().println(p.documents().size() + (p.documents().size() == 1 ? " document" : " documents")
                    + ". with sub: the code or a subcode; documents: k of n in the group.");
            return 0;
        }
        List<String> columns = new ArrayList<>(List.of("code", "attribute", "value", "segments", "segments_total", "documents", "documents_in_group"));
        if (perCoder) columns.add(0, "coder");
        List<Map<String, Object>> maps = new ArrayList<>();
        for (CodeCounts.Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (perCoder) m.put("coder", r.coder());
            m.put("code", r.code());
            m.put("attribute", r.attribute());
            m.put("value", r.value());
            m.put("segments", r.segments());
            m.put("segments_total", r.segmentsTotal());
            m.put("documents", r.documents());
            m.put("documents_in_group", r.documentsInGroup());
            maps.add(m);
        }
        print(out(), format, columns, maps, 3);
        return 0;
    }

    private void printSplit(Project p, List<String> coders, DocumentGroups groups, String group) {
        List<ExclusiveSplit.Cell> cells = ExclusiveSplit.of(p, coders, groups, group);
        List<String> alternatives = ExclusiveSplit.columns(p.codebook(), group);
        boolean perCoder = coders.size() > 1;
        if (format == Format.csv || format == Format.json) {
            List<String> columns = new ArrayList<>(List.of("code", "attribute", "value", "alternative", "segments"));
            if (perCoder) columns.add(0, "coder");
            List<Map<String, Object>> maps = new ArrayList<>();
            for (ExclusiveSplit.Cell c : cells) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (perCoder) m.put("coder", c.coder());
                m.put("code", c.code());
                m.put("attribute", c.attribute());
                m.put("value", c.value());
                m.put("alternative", c.alternative());
                m.put("segments", c.segments());
                maps.add(m);
            }
            print(out(), format, columns, maps, 0);
            return;
        }
        // wide: one row per code (and group), one column per alternative
        Map<List<String>, Map<String, Integer>> wide = cells.stream().collect(Collectors.groupingBy(
                c -> List.of(c.coder(), c.code(), c.value()), LinkedHashMap::new,
                Collectors.toMap(ExclusiveSplit.Cell::alternative, ExclusiveSplit.Cell::segments, Integer::sum, LinkedHashMap::new)));
        List<String> header = new ArrayList<>();
        if (perCoder) header.add("coder");
        header.add("code");
        if (!by.isEmpty()) header.add(String.join(" × ", by));
        header.addAll(alternatives.stream().map(a -> a.equals(ExclusiveSplit.NONE) ? a : Codebook.nameOf(a)).toList());
        TextTable t = new TextTable(header.toArray(String[]::new));
        int first = header.size() - alternatives.size();
        int[] numeric = new int[alternatives.size()];
        for (int i = 0; i < numeric.length; i++) numeric[i] = first + i;
        t.alignRight(numeric);
        wide.forEach((key, counts) -> {
            List<Object> row = new ArrayList<>();
            if (perCoder) row.add(key.get(0));
            row.add(format == Format.md ? key.get(1) : "  ".repeat(p.codebook().depth(key.get(1))) + Codebook.nameOf(key.get(1)));
            if (!by.isEmpty()) row.add(key.get(2));
            for (String a : alternatives) row.add(counts.getOrDefault(a, 0));
            t.row(row.toArray());
        });
        if (format == Format.md) t.printMarkdown(out());
        else {
            out().println("Segments of each code by the alternative of '" + group + "' they overlap:");
            t.print(out());
        }
    }

    /** csv, json or md of rows whose columns from {@code firstNumber} on (after a coder column) are numbers. */
    static void print(PrintWriter out, Format f, List<String> columns, List<Map<String, Object>> maps, int firstNumber) {
        switch (f) {
            case csv -> Csv.write(out, columns, maps);
            case json -> out.println(Json.write(maps));
            default -> {
                TextTable t = new TextTable(columns.toArray(String[]::new));
                int offset = columns.get(0).equals("coder") ? 1 : 0;
                for (int i = firstNumber + offset; i < columns.size(); i++) t.alignRight(i);
                for (Map<String, Object> m : maps) t.row(m.values().toArray());
                t.printMarkdown(out);
            }
        }
    }

}
