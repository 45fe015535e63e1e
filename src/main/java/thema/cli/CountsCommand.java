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
import thema.analysis.CountedCoding;
import thema.analysis.CountingUnits;
import thema.analysis.ExclusiveSplit;
import thema.project.Codebook;
import thema.project.DocumentGroups;
import thema.project.Json;
import thema.project.Project;

@Command(name = "counts", mixinStandardHelpOptions = true,
        description = {"Per code: segments, segments with descendants, and documents (k of n), optionally by attribute.",
                "Counts the project's final coding: per document the consensus where two coders finished and decided it,",
                "else the one coder who coded it; every output says what was counted."})
final class CountsCommand extends ProjectCommand {
    enum Format { table, csv, json, md }

    static final int BAR = 12;

    @Option(names = "--coder", paramLabel = "NAME", description = "Count this coder's documents only.")
    String coder;

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Split by this attribute; repeat for a cross.")
    List<String> by = new ArrayList<>();

    @Option(names = "--per", defaultValue = "document", paramLabel = "UNIT", converter = PerOption.class,
            description = "What k of n counts: document, or participant (people across documents, interviewers left out; see thema participants). Default: document.")
    CountingUnits.Per per;

    @Option(names = "--within", paramLabel = "GROUP", description = "How each code's segments split over the alternatives of this exclusive group.")
    String within;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, json or md (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        CountingUnits.Per unit = per;
        if (within != null && unit != CountingUnits.Per.DOCUMENT) throw usage("--within counts segments, which --per does not change");
        Project p = project();
        CountedCoding counted = CountedCoding.choose(p, coder);
        if (within != null) {
            printSplit(p, counted, DocumentGroups.of(p, by), p.codebook().resolve(within));
            return 0;
        }
        CountingUnits units = CountingUnits.of(unit, p, counted, by);
        String noun = unit.plural();
        List<CodeCounts.Row> rows = CodeCounts.of(p, counted, units);
        if (format == Format.table) {
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
            printCounted(out(), counted);
            out().println("with sub: the code or a subcode; " + units.describe());
            return 0;
        }
        List<String> columns = new ArrayList<>(List.of("code", "attribute", "value", "segments", "segments_total", noun, noun + "_in_group"));
        List<Map<String, Object>> maps = new ArrayList<>();
        for (CodeCounts.Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", r.code());
            m.put("attribute", r.attribute());
            m.put("value", r.value());
            m.put("segments", r.segments());
            m.put("segments_total", r.segmentsTotal());
            m.put(noun, r.documents());
            m.put(noun + "_in_group", r.documentsInGroup());
            maps.add(m);
        }
        print(out(), format, columns, maps, 3, counted);
        return 0;
    }

    private void printSplit(Project p, CountedCoding counted, DocumentGroups groups, String group) {
        List<ExclusiveSplit.Cell> cells = ExclusiveSplit.of(p, counted, groups, group);
        List<String> alternatives = ExclusiveSplit.columns(p.codebook(), group);
        if (format == Format.csv || format == Format.json) {
            List<String> columns = new ArrayList<>(List.of("code", "attribute", "value", "alternative", "segments"));
            List<Map<String, Object>> maps = new ArrayList<>();
            for (ExclusiveSplit.Cell c : cells) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", c.code());
                m.put("attribute", c.attribute());
                m.put("value", c.value());
                m.put("alternative", c.alternative());
                m.put("segments", c.segments());
                maps.add(m);
            }
            print(out(), format, columns, maps, 0, counted);
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
            row.add(format == Format.md ? key.get(0) : "  ".repeat(p.codebook().depth(key.get(0))) + Codebook.nameOf(key.get(0)));
            if (!by.isEmpty()) row.add(key.get(1));
            for (String a : alternatives) row.add(counts.getOrDefault(a, 0));
            t.row(row.toArray());
        });
        if (format == Format.md) t.printMarkdown(out());
        else {
            out().println("Segments of each code by the alternative of '" + group + "' they overlap:");
            t.print(out());
        }
        out().println();
        if (format == Format.md) out().println(counted.describe());
        else printCounted(out(), counted);
    }

    /** {@code --per}: document or participant, in any case, singular or plural. */
    static final class PerOption implements picocli.CommandLine.ITypeConverter<CountingUnits.Per> {
        @Override
        public CountingUnits.Per convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            for (CountingUnits.Per u : CountingUnits.Per.values()) {
                if (v.equals(u.name().toLowerCase(java.util.Locale.ROOT)) || v.equals(u.plural())) return u;
            }
            throw new picocli.CommandLine.TypeConversionException("document or participant, not '" + value + "'");
        }
    }

    /** csv, json or md of rows that do not come from codings (words). */
    static void print(PrintWriter out, Format f, List<String> columns, List<Map<String, Object>> maps, int firstNumber) {
        print(out, f, columns, maps, firstNumber, null);
    }

    /**
     * csv, json or md of rows whose columns from {@code firstNumber} on are numbers, saying what was
     * counted: csv in a last column {@code counted} (the same line on every row, so the file stays one
     * tidy table), json as {@code {"counted": {...}, "rows": [...]}}, md in a line under the table.
     * Without {@code counted} (nothing coded is counted, as in words) the rows alone.
     */
    static void print(PrintWriter out, Format f, List<String> columns, List<Map<String, Object>> maps, int firstNumber, CountedCoding counted) {
        switch (f) {
            case csv -> {
                if (counted == null) Csv.write(out, columns, maps);
                else Csv.write(out, withCounted(columns), withCounted(maps, counted));
            }
            case json -> out.println(Json.write(counted == null ? maps : withCounted(maps, "rows", counted)));
            default -> {
                TextTable t = new TextTable(columns.toArray(String[]::new));
                for (int i = firstNumber; i < columns.size(); i++) t.alignRight(i);
                for (Map<String, Object> m : maps) t.row(m.values().toArray());
                t.printMarkdown(out);
                if (counted != null) {
                    out.println();
                    out.println(counted.describe());
                }
            }
        }
    }

    /** The counted line for a terminal: wrapped at 80 columns, continuation lines indented. */
    static void printCounted(PrintWriter out, CountedCoding counted) {
        StringBuilder line = new StringBuilder();
        for (String word : counted.describe().split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 80) {
                out.println(line);
                line.setLength(0);
                line.append("  ");
            }
            if (line.length() > 0 && !line.toString().isBlank()) line.append(' ');
            line.append(word);
        }
        out.println(line);
        if (counted.sources().isEmpty()) {
            out.println("Nothing is counted yet: decide the disagreements (thema compare, thema consensus)");
            out.println("or count one coder with --coder NAME.");
        }
    }

    /** CSV columns with the last column {@code counted}. */
    static List<String> withCounted(List<String> columns) {
        List<String> out = new ArrayList<>(columns);
        out.add("counted");
        return out;
    }

    /** CSV rows, each with the {@code counted} line. */
    static List<Map<String, Object>> withCounted(List<Map<String, Object>> rows, CountedCoding counted) {
        return withCounted(rows, counted.describe());
    }

    /** CSV rows, each with a line that says what was counted. */
    static List<Map<String, Object>> withCounted(List<Map<String, Object>> rows, String line) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> m : rows) {
            Map<String, Object> x = new LinkedHashMap<>(m);
            x.put("counted", line);
            out.add(x);
        }
        return out;
    }

    /** A JSON document {@code {"counted": {...}, NAME: value}}. */
    static Map<String, Object> withCounted(Object value, String name, CountedCoding counted) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counted", counted.json());
        m.put(name, value);
        return m;
    }

}
