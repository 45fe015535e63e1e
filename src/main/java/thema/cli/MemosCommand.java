package thema.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import thema.coding.Memos;
import thema.project.Json;
import thema.project.Project;

@Command(name = "memos", mixinStandardHelpOptions = true, description = "List the memos and journal entries of every coder (or one).")
final class MemosCommand extends ProjectCommand {
    MemosCommand() {
        super(Format.md, Format.json);
    }


    @Mixin
    CoderOption.Only coder;


    @Override
    public Integer call() {
        Project p = project();
        List<String> coders = coder.name != null ? List.of(coder.name) : Memos.coders(p);
        List<Map<String, Object>> all = new ArrayList<>();
        for (String c : coders) {
            Memos m = Memos.load(p, c);
            for (Memos.Memo x : m.memos) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("coder", c);
                row.put("on", Boolean.TRUE.equals(x.journal) ? "journal" : x.doc != null ? "document" : "code");
                row.put("target", Boolean.TRUE.equals(x.journal) ? null : x.doc != null ? x.doc : x.code);
                row.put("time", x.time);
                row.put("text", x.text);
                all.add(row);
            }
        }
        if (output.get() == Format.json) {
            out().println(Json.write(all));
            return 0;
        }
        String last = null;
        for (Map<String, Object> r : all) {
            if (!r.get("coder").equals(last)) {
                last = (String) r.get("coder");
                out().println("## Memos of " + last + "\n");
            }
            out().println("**" + (r.get("target") == null ? "Journal, " + r.get("time") : r.get("on") + " " + r.get("target")) + "**" + (r.get("target") == null ? "" : " (" + r.get("time") + ")"));
            out().println();
            out().println(r.get("text"));
            out().println();
        }
        if (all.isEmpty()) out().println("No memos.");
        return 0;
    }
}
