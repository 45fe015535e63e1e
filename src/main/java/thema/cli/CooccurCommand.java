package thema.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.analysis.Cooccurrence;
import thema.analysis.CountedCoding;
import thema.analysis.CountingUnits;
import thema.project.Project;
import thema.project.TableRow;

@Command(name = "cooccur", mixinStandardHelpOptions = true,
        description = {"Crosses of codes: for each pair, the segments of the first that overlap a segment of the second",
                "in the same document, and the documents (or participants, --per participant) where both occur. The table lists pairs that occur."})
final class CooccurCommand extends ProjectCommand {
    CooccurCommand() {
        super(Format.table, Format.csv, Format.json, Format.md);
    }

    @Option(names = "--codes", paramLabel = "PATH", split = ",", description = "The codes to cross (default: every code).")
    List<String> codes = new ArrayList<>();

    @Mixin
    CoderOption.Counted coder;

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Split by this attribute; repeat for a cross.")
    List<String> by = new ArrayList<>();

    @Mixin
    PerOption per;


    @Override
    public Integer call() {
        Project p = project();
        CountedCoding counted = CountedCoding.choose(p, coder.name);
        List<String> paths = codes.isEmpty() ? p.codebook().paths() : codes.stream().map(c -> p.codebook().resolve(c.strip())).distinct().toList();
        CountingUnits units = CountingUnits.of(per.value, p, counted, by);
        String noun = per.value.plural();
        List<Cooccurrence.Cell> cells = Cooccurrence.of(p, counted, units, paths);
        if (output.get() == Format.table) {
            int max = cells.stream().mapToInt(Cooccurrence.Cell::segments).max().orElse(0);
            List<String> header = new ArrayList<>(List.of("code", "with"));
            if (!by.isEmpty()) header.add(String.join(" × ", by));
            header.addAll(List.of("segments", noun, ""));
            TextTable t = new TextTable(header.toArray(String[]::new)).alignRight(header.size() - 3, header.size() - 2);
            int shown = 0;
            for (Cooccurrence.Cell c : cells) {
                if (c.segments() == 0 && c.documents() == 0) continue;
                List<Object> row = new ArrayList<>();
                row.add(p.codebook().shortName(c.code()));
                row.add(p.codebook().shortName(c.with()));
                if (!by.isEmpty()) row.add(c.value());
                row.addAll(List.of(c.segments(), c.documents(), TextTable.bar(c.segments(), max, CountsCommand.BAR)));
                t.row(row.toArray());
                shown++;
            }
            t.print(out());
            out().println(shown + " pairs that occur (of " + cells.size() + "); segments: of the first code, overlapping the second");
            RowPrinter.printCounted(out(), counted);
            if (per.value != CountingUnits.Per.DOCUMENT) out().println(units.describe());
            return 0;
        }
        List<TableRow> rows = cells.stream().<TableRow>map(c -> () -> c.toRow(noun)).toList();
        RowPrinter.print(out(), output.get(), Cooccurrence.Cell.columns(noun), rows, 4, counted);
        return 0;
    }
}
