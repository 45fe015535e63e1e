package thema.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.analysis.CountedCoding;
import thema.analysis.Saturation;
import thema.project.Json;
import thema.project.Project;

@Command(name = "saturation", mixinStandardHelpOptions = true,
        description = {"Thematic saturation after Guest, Namey & Chen (2020): new codes per run of interviews against the base.",
                "Only interviews the counted coding finished (coded and marked done) enter, in the order of",
                "--order ATTRIBUTE (e.g. the interview date), else in import order; the others are listed as left out."})
final class SaturationCommand extends ProjectCommand {
    SaturationCommand() {
        super(Format.table, Format.csv, Format.json);
    }


    @Mixin
    SaturationOptions check;

    @Mixin
    CoderOption.Counted coder;


    @Override
    public Integer call() {
        Project p = project();
        CountedCoding counted = CountedCoding.choose(p, coder.name);
        Saturation.Result r = check.of(p, counted);
        List<Map<String, Object>> left = new ArrayList<>();
        for (CountedCoding.Left l : r.leftOut()) left.add(new LinkedHashMap<>(Map.of("doc", l.doc(), "reason", l.reason())));
        switch (output.get()) {
            case csv -> RowPrinter.print(out(), Format.csv, Saturation.Run.COLUMNS, r.runs(), 0, counted);
            case json -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("counted", counted.json());
                m.put("order", r.order());
                m.put("left_out", left);
                m.put("base", check.base);
                m.put("run", check.run);
                m.put("threshold", check.threshold);
                m.put("base_codes", r.baseSize());
                m.put("runs", r.runs().stream().map(Saturation.Run::toRow).toList());
                m.put("saturation", r.reported());
                m.put("saturated_at", r.reached() ? r.saturatedAt() : null);
                m.put("saturated_document", r.reached() ? r.order().get(r.saturatedAt() - 1) : null);
                m.put("cumulative_codes", r.cumulative());
                out().println(Json.write(m));
            }
            default -> {
                out().println("Base: the first " + check.base + " interviews, " + r.baseSize() + " distinct codes. Runs of " + check.run + ", threshold " + check.threshold + ".");
                TextTable t = new TextTable("run", "interviews", "new codes", "new / base").alignRight(2, 3);
                for (Saturation.Run x : r.runs()) t.row(x.from() + "-" + x.to(), String.join(", ", x.documents()), x.newCodes(), String.format("%.1f%%", 100 * x.ratio()));
                t.print(out());
                out().println(r.reached()
                        ? "Saturation: " + r.reported() + " (reached at interview " + r.saturatedAt() + ", " + r.order().get(r.saturatedAt() - 1)
                                + "; interviews " + (r.saturatedAt() + 1) + "-" + (r.saturatedAt() + check.run) + " confirm it)."
                        : "Saturation not reached: no run's new information is at or below " + String.format("%.1f%%", 100 * check.threshold) + ".");
                out().println();
                out().println("Distinct codes so far:");
                int max = r.cumulative()[r.cumulative().length - 1];
                TextTable c = new TextTable("#", "interview", "codes", "new", "").alignRight(0, 2, 3);
                for (int i = 0; i < r.order().size(); i++) c.row(i + 1, r.order().get(i), r.cumulative()[i], r.newPerInterview()[i], TextTable.bar(r.cumulative()[i], max, 30));
                c.print(out());
                out().println();
                if (!r.leftOut().isEmpty()) {
                    out().println("Left out (not finished in the counted coding): "
                            + String.join(", ", r.leftOut().stream().map(l -> l.doc() + " (" + l.reason() + ")").toList()));
                }
                RowPrinter.printCounted(out(), counted);
            }
        }
        return 0;
    }
}
