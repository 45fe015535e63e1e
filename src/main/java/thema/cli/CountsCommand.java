package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.analysis.CodeCounts;
import thema.coding.reliability.Consensus;
import thema.project.Json;
import thema.project.Project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "counts", mixinStandardHelpOptions = true,
        description = "Per code: segments, segments with descendants, and documents, for each coder.")
final class CountsCommand extends ProjectCommand {
    enum Format { table, csv, json }

    @Option(names = "--coder", description = "Count this coder only (default: the 'consensus' coder when there is one, else every coder, each apart).")
    String coder;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Project p = project();
        List<String> coders = coder != null ? List.of(coder)
                : p.hasCoder(Consensus.CODER) ? List.of(Consensus.CODER) : new ArrayList<>(p.coders());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String c : coders) {
            for (CodeCounts.Row r : CodeCounts.of(p, c)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("coder", c);
                m.put("code", r.code());
                m.put("segments", r.segments());
                m.put("segments_total", r.segmentsTotal());
                m.put("documents", r.documents());
                rows.add(m);
            }
        }
        switch (format) {
            case json -> out().println(Json.write(rows));
            case csv -> Csv.write(out(), List.of("coder", "code", "segments", "segments_total", "documents"), rows);
            default -> {
                TextTable t = new TextTable("coder", "code", "segments", "with sub", "documents").alignRight(2, 3, 4);
                for (Map<String, Object> r : rows) t.row(r.get("coder"), r.get("code"), r.get("segments"), r.get("segments_total"), r.get("documents"));
                t.print(out());
                out().println(p.documents().size() + " documents");
            }
        }
        return 0;
    }
}
