package thema.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import thema.analysis.CountedCoding;
import thema.project.Json;
import thema.project.TableRow;

/**
 * The one printer of the core's row records ({@link TableRow}) as csv, json or md, and of the
 * line saying what was counted that goes with every count.
 */
final class RowPrinter {
    private RowPrinter() {
    }

    /** csv, json or md of rows that do not come from codings (words). */
    static void print(PrintWriter out, Format f, List<String> columns, List<? extends TableRow> rows, int firstNumber) {
        print(out, f, columns, rows, firstNumber, null);
    }

    /**
     * csv, json or md of rows whose columns from {@code firstNumber} on are numbers, saying what was
     * counted: csv in a last column {@code counted} (the same line on every row, so the file stays one
     * tidy table), json as {@code {"counted": {...}, "rows": [...]}}, md in a line under the table.
     * Without {@code counted} (nothing coded is counted, as in words) the rows alone.
     */
    static void print(PrintWriter out, Format f, List<String> columns, List<? extends TableRow> rows, int firstNumber, CountedCoding counted) {
        List<Map<String, Object>> maps = rows.stream().map(TableRow::toRow).toList();
        switch (f) {
            case csv -> {
                if (counted == null) Csv.write(out, columns, maps);
                else Csv.write(out, withCounted(columns), withCounted(maps, counted));
            }
            case json -> {
                if (counted == null) out.println(Json.write(maps));
                else printWithCounted(out, "rows", counted, each -> each.accept(maps));
            }
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

    /**
     * The JSON document {@code {"counted": {...}, NAME: [...]}} as a value, whole in memory: what
     * {@link #printWithCounted} writes, given to {@link Json#write}, is the same text (the tests compare the two).
     */
    static Map<String, Object> withCounted(Object value, String name, CountedCoding counted) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counted", counted.json());
        m.put(name, value);
        return m;
    }

    /**
     * Prints the JSON document {@code {"counted": {...}, NAME: [...]}} and a line break, the items of
     * NAME written as {@code items} hands them over, a list at a time, and then let go: a million
     * items are never held at once. Nothing is printed before the first list comes (or {@code items}
     * returns without one), so a query that fails on its way in prints nothing.
     */
    static void printWithCounted(PrintWriter out, String name, CountedCoding counted, Consumer<Consumer<List<?>>> items) {
        JsonGenerator[] g = {null};
        SequenceWriter[] array = {null};
        Consumer<List<?>> write = list -> {
            try {
                if (g[0] == null) {
                    g[0] = Json.generator(out);
                    g[0].writeStartObject();
                    g[0].writeFieldName("counted");
                    Json.WRITER.writeValue(g[0], counted.json());
                    g[0].writeFieldName(name);
                    array[0] = Json.WRITER.writeValuesAsArray(g[0]);
                }
                array[0].writeAll(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        items.accept(write);
        write.accept(List.of());
        try (JsonGenerator j = g[0]) {
            array[0].close();
            j.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

}
