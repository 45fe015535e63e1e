package thema.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.analysis.CodeCounts;
import thema.analysis.CountedCoding;
import thema.analysis.CountingUnits;
import thema.analysis.ExclusiveSplit;
import thema.project.Codebook;
import thema.project.DocumentGroups;
import thema.project.Project;
import thema.project.TableRow;

@Command(name = "counts", mixinStandardHelpOptions = true,
        description = {"Per code: segments, segments with descendants, and documents (k of n), optionally by attribute.",
                "Counts the project's final coding: per document the consensus where two coders finished and decided it,",
                "else the one coder who coded it; every output says what was counted."})
final class CountsCommand extends ProjectCommand {
    CountsCommand() {
        super(Format.table, Format.csv, Format.json, Format.md);
    }


    static final int BAR = 12;

    @Mixin
    CoderOption.Counted coder;

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Split by this attribute; repeat for a cross.")
    List<String> by = new ArrayList<>();

    @Mixin
    PerOption per;

    @Option(names = "--within", paramLabel = "GROUP", description = "How each code's segments split over the alternatives of this exclusive group.")
    String within;


    @Override
    public Integer call() {
        if (within != null && per.value != CountingUnits.Per.DOCUMENT) throw usage("--within counts segments, which --per does not change");
        Project p = project();
        CountedCoding counted = CountedCoding.choose(p, coder.name);
        if (within != null) {
            printSplit(p, counted, DocumentGroups.of(p, by), p.codebook().resolve(within));
            return 0;
        }
        CountingUnits units = CountingUnits.of(per.value, p, counted, by);
        String noun = per.value.plural();
        List<CodeCounts.Row> rows = CodeCounts.of(p, counted, units);
        if (output.get() == Format.table) {
            int max = rows.stream().mapToInt(CodeCounts.Row::segmentsTotal).max().orElse(0);
            TextTable t = by.isEmpty()
                    ? new TextTable("code", "segments", "with sub", noun, "").alignRight(1, 2)
                    : new TextTable("code", String.join(" × ", by), "segments", "with sub", noun, "").alignRight(2, 3);
            String last = null;
            for (CodeCounts.Row r : rows) {
                String name = r.code().equals(last) ? "" : "  ".repeat(r.depth()) + Codebook.nameOf(r.code());
                last = r.code();
                String docs = r.documents() + " of " + r.documentsInGroup();
                String bar = TextTable.bar(r.segmentsTotal(), max, BAR);
                if (by.isEmpty()) t.row(name, r.segments(), r.segmentsTotal(), docs, bar);
                else t.row(name, r.value(), r.segments(), r.segmentsTotal(), docs, bar);
            }
            t.print(out());
            out().println();
            RowPrinter.printCounted(out(), counted);
            out().println("with sub: the code or a subcode; " + units.describe());
            return 0;
        }
        List<TableRow> printed = rows.stream().<TableRow>map(r -> () -> r.toRow(noun)).toList();
        RowPrinter.print(out(), output.get(), CodeCounts.Row.columns(noun), printed, 3, counted);
        return 0;
    }

    private void printSplit(Project p, CountedCoding counted, DocumentGroups groups, String group) {
        List<ExclusiveSplit.Cell> cells = ExclusiveSplit.of(p, counted, groups, group);
        List<String> alternatives = ExclusiveSplit.columns(p.codebook(), group);
        if (output.get() == Format.csv || output.get() == Format.json) {
            RowPrinter.print(out(), output.get(), ExclusiveSplit.Cell.COLUMNS, cells, 0, counted);
            return;
        }
        // wide: one row per code (and group), one column per alternative
        Map<List<String>, Map<String, Integer>> wide = cells.stream().collect(Collectors.groupingBy(
                c -> List.of(c.code(), c.value()), LinkedHashMap::new,
                Collectors.toMap(ExclusiveSplit.Cell::alternative, ExclusiveSplit.Cell::segments, Integer::sum, LinkedHashMap::new)));
        List<String> header = new ArrayList<>();
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
            row.add(output.get() == Format.md ? key.get(0) : "  ".repeat(p.codebook().depth(key.get(0))) + Codebook.nameOf(key.get(0)));
            if (!by.isEmpty()) row.add(key.get(1));
            for (String a : alternatives) row.add(counts.getOrDefault(a, 0));
            t.row(row.toArray());
        });
        if (output.get() == Format.md) t.printMarkdown(out());
        else {
            out().println("Segments of each code by the alternative of '" + group + "' they overlap:");
            t.print(out());
        }
        out().println();
        if (output.get() == Format.md) out().println(counted.describe());
        else RowPrinter.printCounted(out(), counted);
    }
}
