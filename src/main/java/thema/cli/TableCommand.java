package thema.cli;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.analysis.CodeTable;
import thema.analysis.CountedCoding;
import thema.analysis.CountingUnits;
import thema.project.AtomicFiles;
import thema.project.Project;
import thema.writeup.TableDocuments;

@Command(name = "table", mixinStandardHelpOptions = true,
        description = {"The table a paper shows: one row per code (subcodes indented), one column per group of an",
                "attribute and one for all, each cell \"k of n\" (documents or participants with a segment of the",
                "code or a subcode), optionally with percentages and segments. --by document gives the code x",
                "document matrix (segments per counted document). md pastes into a paper, csv and tsv (numbers",
                "only) go into R or a spreadsheet, html into a browser, docx into Word (needs --out)."})
final class TableCommand extends ProjectCommand {
    TableCommand() {
        super(Format.md, Format.csv, Format.tsv, Format.html, Format.docx);
    }

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Columns by this attribute (repeat for a cross), or 'document' for the code x document matrix.")
    List<String> by = new ArrayList<>();

    @Mixin
    PerOption per;

    @Option(names = "--cell", split = ",", paramLabel = "WHAT", converter = MeasureOption.class,
            description = "What a cell shows, one or more of k-of-n, percent, segments (default: k-of-n).")
    List<CodeTable.Measure> cell = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table to this file (its folder must exist) instead of printing it.")
    Path out;

    @Mixin
    CoderOption.Counted coder;

    static final class MeasureOption implements CommandLine.ITypeConverter<CodeTable.Measure> {
        @Override
        public CodeTable.Measure convert(String value) {
            for (CodeTable.Measure m : CodeTable.Measure.values()) if (m.option().equals(value.strip().toLowerCase(Locale.ROOT))) return m;
            throw new CommandLine.TypeConversionException("k-of-n, percent or segments, not '" + value + "'");
        }
    }

    @Override
    public Integer call() {
        Format format = output.get();
        if (format == Format.docx && out == null) throw usage("--format docx writes a file: give it with --out FILE");
        boolean matrix = by.equals(List.of("document"));
        if (matrix && per.value != CountingUnits.Per.DOCUMENT) throw usage("--by document is the code x document matrix; --per participant does not go with it");
        if (by.contains("document") && !matrix) throw usage("--by document stands alone (the code x document matrix)");
        if (out != null) OutputFile.checked(out);
        List<CodeTable.Measure> measures = matrix ? List.of(CodeTable.Measure.SEGMENTS) : cell.isEmpty() ? List.of(CodeTable.Measure.K_OF_N) : cell;
        Project p = project();
        CountedCoding counted = CountedCoding.choose(p, coder.name);
        CodeTable t;
        String caption;
        String note;
        if (matrix) {
            t = CodeTable.byDocument(p, counted);
            caption = "Segments of each code or a subcode per document";
            note = counted.describe();
        } else {
            CountingUnits units = CountingUnits.of(per.value, p, counted, by);
            t = CodeTable.of(p, counted, units);
            caption = "Codes" + (by.isEmpty() ? "" : " by " + String.join(" × ", by)) + ": " + per.value.plural() + " with a segment of the code or a subcode (k of n)";
            note = counted.describe() + "; " + units.describe();
        }
        byte[] bytes = switch (format) {
            case docx -> TableDocuments.docx(t, measures, caption, note);
            case html -> TableDocuments.html(t, measures, caption, note).getBytes(StandardCharsets.UTF_8);
            default -> text(format, t, measures, caption, note).getBytes(StandardCharsets.UTF_8);
        };
        if (out == null) {
            out().print(new String(bytes, StandardCharsets.UTF_8));
            out().flush();
        } else {
            AtomicFiles.write(out, bytes);
            out().println("Wrote " + out + " (" + t.lines().size() + " codes × " + t.columns().size() + " columns)");
        }
        return 0;
    }

    private String text(Format format, CodeTable t, List<CodeTable.Measure> measures, String caption, String note) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        if (format == Format.md) {
            List<String> header = new ArrayList<>(List.of("code"));
            for (CodeTable.Column c : t.columns()) header.add(t.heading(c));
            TextTable table = new TextTable(header.toArray(String[]::new));
            for (int i = 1; i < header.size(); i++) table.alignRight(i);
            for (CodeTable.Line l : t.lines()) {
                List<Object> row = new ArrayList<>();
                // non-breaking spaces: Markdown keeps them where it drops plain leading spaces
                row.add("\u00A0\u00A0".repeat(l.depth()) + CodeTable.name(l));
                for (CodeTable.Cell c : l.cells()) row.add(CodeTable.text(c, measures));
                table.row(row.toArray());
            }
            w.println(caption);
            w.println();
            table.printMarkdown(w);
            w.println();
            w.println(note);
        } else {
            List<String> columns = new ArrayList<>(List.of("code", "depth"));
            for (CodeTable.Column c : t.columns()) columns.addAll(CodeTable.numberHeadings(c.value().isEmpty() ? "all" : c.value(), measures));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CodeTable.Line l : t.lines()) {
                List<Object> values = new ArrayList<>(List.of(l.code(), l.depth()));
                for (CodeTable.Cell c : l.cells()) values.addAll(CodeTable.numbers(c, measures));
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) m.put(columns.get(i), values.get(i));
                rows.add(m);
            }
            Csv.write(w, RowPrinter.withCounted(columns), RowPrinter.withCounted(rows, note), format == Format.tsv ? '\t' : ',');
        }
        w.flush();
        return s.toString();
    }
}
