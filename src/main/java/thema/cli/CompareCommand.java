package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.coding.reliability.Disagreement;
import thema.coding.reliability.Disagreements;
import thema.project.Coding;
import thema.project.Json;

import java.util.List;
import java.util.Map;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "List every turn on which two coders applied different codes, with their memos and any consensus decision.")
final class CompareCommand extends ProjectCommand {
    CompareCommand() {
        super(Format.text, Format.json);
    }


    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B", description = "The two coders.")
    List<String> coders;

    @Option(names = "--doc", paramLabel = "ID", description = "Only this document.")
    String doc;

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its descendants.")
    String code;


    @Override
    public Integer call() {
        if (coders.size() != 2) throw usage("--coders takes exactly two coders, e.g. --coders anna,ben");
        Disagreements all = Disagreements.of(project(), coders.get(0), coders.get(1), doc, code);
        if (output.get() == Format.json) {
            List<Map<String, Object>> rows = all.all().stream().map(d -> d.toRow(coders.get(0), coders.get(1), all.decision(d).orElse(null))).toList();
            out().println(Json.write(rows));
            return 0;
        }
        int w = Math.max(Columns.width(coders.get(0)), Columns.width(coders.get(1)));
        for (Disagreement d : all.all()) {
            StringBuilder head = new StringBuilder(d.doc() + " turn " + d.turn().n());
            if (d.turn().speaker() != null) head.append(" (").append(d.turn().speaker()).append(')');
            all.decision(d).ifPresent(x -> head.append("  [decided: ").append(x.describe(coders))
                    .append(x.note() == null ? "" : " - " + x.note()).append(']'));
            out().println(head);
            out().println("  " + d.text().replace("\n", "\n  "));
            side(coders.get(0), w, d.first());
            side(coders.get(1), w, d.second());
            out().println();
        }
        long docs = all.all().stream().map(Disagreement::doc).distinct().count();
        out().println(all.size() + " disagreement" + (all.size() == 1 ? "" : "s") + " on " + docs + " document" + (docs == 1 ? "" : "s")
                + " (" + all.undecided() + " undecided)");
        return 0;
    }

    private void side(String coder, int w, List<Coding> codings) {
        String pad = " ".repeat(w - Columns.width(coder));
        if (codings.isEmpty()) {
            out().println("  " + coder + ":" + pad + " (nothing)");
            return;
        }
        boolean first = true;
        for (Coding c : codings) {
            String label = first ? coder + ":" + pad : " ".repeat(w + 1);
            out().println("  " + label + " " + c.code() + " [" + c.start() + ", " + c.end() + ")" + (c.memo() == null ? "" : "  memo: " + c.memo()));
            first = false;
        }
    }

}
