package thema.cli;

import thema.project.Attributes;
import picocli.CommandLine.Command;
import thema.project.Document;
import thema.project.Json;
import thema.project.Project;
import thema.project.Turn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "docs", mixinStandardHelpOptions = true, description = "List documents with turns, speakers and attributes.")
final class DocsCommand extends ProjectCommand {
    DocsCommand() {
        super(Format.table, Format.json);
    }



    /** Lists documents' attributes as a table (also used by 'thema attributes'). */
    static final class Lister {
        private final Project p;

        Lister(Project p) {
            this.p = p;
        }

        void attributes(java.io.PrintWriter out) {
            java.util.Set<String> keys = Attributes.names(p);
            List<String> header = new ArrayList<>(List.of("id"));
            header.addAll(keys);
            TextTable t = new TextTable(header.toArray(String[]::new));
            for (Document d : p.documents()) {
                List<Object> row = new ArrayList<>(List.of(d.id()));
                for (String k : keys) row.add(d.attributes().getOrDefault(k, ""));
                t.row(row.toArray());
            }
            t.print(out);
        }
    }

    @Override
    public Integer call() {
        Project p = project();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Document d : p.documents()) {
            Set<String> speakers = new LinkedHashSet<>();
            for (Turn t : d.turns()) if (t.speaker() != null) speakers.add(t.speaker());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", d.id());
            row.put("source", d.meta().source);
            row.put("turns", d.turns().size());
            row.put("length", d.length());
            row.put("speakers", new ArrayList<>(speakers));
            row.put("attributes", d.attributes());
            rows.add(row);
        }
        if (output.get() == Format.json) {
            out().println(Json.write(rows));
            return 0;
        }
        TextTable t = new TextTable("id", "turns", "speakers", "attributes");
        for (Map<String, Object> r : rows) {
            @SuppressWarnings("unchecked") Map<String, String> attrs = (Map<String, String>) r.get("attributes");
            @SuppressWarnings("unchecked") List<String> sp = (List<String>) r.get("speakers");
            StringBuilder a = new StringBuilder();
            attrs.forEach((k, v) -> a.append(a.length() == 0 ? "" : ", ").append(k).append('=').append(v));
            t.row(r.get("id"), r.get("turns"), String.join(", ", sp), a);
        }
        t.print(out());
        out().println(rows.size() + (rows.size() == 1 ? " document" : " documents"));
        return 0;
    }
}
