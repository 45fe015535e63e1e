package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.coding.reliability.Blind;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Json;
import thema.project.Project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "codings", mixinStandardHelpOptions = true,
        description = "List the codings a coder may see: their own and the other coders' (with --blind, their own only).")
final class CodingsCommand extends ProjectCommand {
    CodingsCommand() {
        super(Format.table, Format.csv, Format.json);
    }


    @Mixin
    CoderOption.Required coder;

    @Option(names = "--blind", description = "Blind coding: hide every other coder's codings (the consensus too).")
    boolean blind;

    @Option(names = "--doc", paramLabel = "ID", description = "Only this document.")
    String doc;


    @Override
    public Integer call() {
        Project p = project();
        Project.checkName("coder", coder.name);
        if (doc != null) p.document(doc);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var e : Blind.visibleCodings(p, coder.name, blind).entrySet()) {
            for (Coding c : e.getValue()) {
                if (doc != null && !c.doc().equals(doc)) continue;
                Document d = p.document(c.doc());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("coder", e.getKey());
                m.put("doc", c.doc());
                m.put("turn", d.turnAt(c.start()) == null ? null : d.turnAt(c.start()).n());
                m.put("start", c.start());
                m.put("end", c.end());
                m.put("code", c.code());
                m.put("memo", c.memo());
                m.put("text", d.text().substring(c.start(), c.end()));
                rows.add(m);
            }
        }
        switch (output.get()) {
            case json -> out().println(Json.write(rows));
            case csv -> Csv.write(out(), List.of("coder", "doc", "turn", "start", "end", "code", "memo", "text"), rows);
            default -> {
                TextTable t = new TextTable("coder", "doc", "turn", "span", "code", "text").alignRight(2);
                for (Map<String, Object> r : rows) {
                    String text = r.get("text").toString().replaceAll("\\s+", " ");
                    if (text.codePointCount(0, text.length()) > 60) text = text.substring(0, text.offsetByCodePoints(0, 59)) + "…";
                    t.row(r.get("coder"), r.get("doc"), r.get("turn"), "[" + r.get("start") + ", " + r.get("end") + ")", r.get("code"), text);
                }
                t.print(out());
                out().println(rows.size() + " codings" + (blind ? " (blind: other coders' codings hidden)" : ""));
            }
        }
        return 0;
    }
}
