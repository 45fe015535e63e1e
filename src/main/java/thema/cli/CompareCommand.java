package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.coding.reliability.Disagreement;
import thema.coding.reliability.Disagreements;
import thema.project.Coding;
import thema.project.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "List every turn on which two coders applied different codes, with their memos and any consensus decision.")
final class CompareCommand extends ProjectCommand {
    enum Format { text, json }

    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B", description = "The two coders.")
    List<String> coders;

    @Option(names = "--doc", paramLabel = "ID", description = "Only this document.")
    String doc;

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its descendants.")
    String code;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        if (coders.size() != 2) throw usage("--coders takes exactly two coders, e.g. --coders anna,ben");
        Disagreements all = Disagreements.of(project(), coders.get(0), coders.get(1), doc, code);
        if (format == Format.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Disagreement d : all.all()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("doc", d.doc());
                m.put("turn", d.turn().n());
                m.put("speaker", d.turn().speaker());
                m.put("start", d.turn().body());
                m.put("end", d.turn().end());
                m.put("text", d.text());
                m.put(coders.get(0), codings(d.first()));
                m.put(coders.get(1), codings(d.second()));
                m.put("decision", all.decision(d).orElse(null));
                rows.add(m);
            }
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

    private static List<Map<String, Object>> codings(List<Coding> codings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Coding c : codings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", c.code());
            m.put("start", c.start());
            m.put("end", c.end());
            m.put("memo", c.memo());
            out.add(m);
        }
        return out;
    }
}
