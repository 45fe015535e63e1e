package thema.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.analysis.CountedCoding;
import thema.coding.Memos;
import thema.coding.Themes;
import thema.project.Json;
import thema.project.Project;
import thema.writeup.Extracts;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Coded extracts: every segment of the codes (and their subcodes), grouped by code, attribute group and document,",
                "with the exact coded text and a citation from the project's template (thema.yaml 'citation')."})
final class QuotesCommand extends ProjectCommand {
    enum Format { md, csv, json, txt }

    @Option(names = "--code", paramLabel = "PATH", description = "A code (repeatable; default: every code applied).")
    List<String> codes = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "NAME", description = "The codes of this theme (themes.yaml) and its sub-themes.")
    String theme;

    @Option(names = "--coder", paramLabel = "NAME", description = "One coder's extracts (default: the final coding, see counts).")
    String coder;

    @Option(names = "--doc", paramLabel = "ID")
    String doc;

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Group by this attribute (repeat for a cross).")
    List<String> by = new ArrayList<>();

    @Option(names = "--key", description = "Only key quotes (thema key).")
    boolean key;

    @Option(names = "--context", paramLabel = "N", defaultValue = "0", description = "Add N turns before and after.")
    int context;

    @Option(names = "--format", defaultValue = "md", description = "md, csv, json or txt (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        if (context < 0) throw usage("--context must be 0 or more");
        Project p = project();
        CountedCoding counted = CountedCoding.choose(p, coder);
        if (theme != null) codes.addAll(Themes.load(p).find(theme).allCodes());
        List<Extracts.Extract> list = Extracts.of(p, new Extracts.Query(codes, counted, doc, by, key, context));
        switch (format) {
            case json -> out().println(Json.write(CountsCommand.withCounted(list, "extracts", counted)));
            case csv -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Extracts.Extract e : list) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", e.code());
                    m.put("coded_as", e.codedAs());
                    m.put("attribute", e.attribute());
                    m.put("value", e.value());
                    m.put("doc", e.doc());
                    m.put("turn", e.turn());
                    m.put("speaker", e.speaker() == null ? "" : e.speaker());
                    m.put("coder", e.coder());
                    m.put("start", e.start());
                    m.put("end", e.end());
                    m.put("key", e.key());
                    m.put("memo", e.memo() == null ? "" : e.memo());
                    m.put("text", e.text());
                    m.put("citation", e.citation());
                    rows.add(m);
                }
                Csv.write(out(), CountsCommand.withCounted(List.of("code", "coded_as", "attribute", "value", "doc", "turn", "speaker", "coder", "start", "end", "key", "memo", "text", "citation")),
                        CountsCommand.withCounted(rows, counted));
            }
            default -> {
                out().println(format == Format.md ? "*" + counted.describe() + "*\n" : counted.describe() + "\n");
                text(p, list, format == Format.md);
            }
        }
        return 0;
    }

    private void text(Project p, List<Extracts.Extract> list, boolean md) {
        String code = null, value = null;
        for (Extracts.Extract e : list) {
            if (!e.code().equals(code)) {
                code = e.code();
                value = null;
                long n = list.stream().filter(x -> x.code().equals(e.code())).count();
                out().println(md ? "## " + e.code() + " (" + n + (n == 1 ? " extract)" : " extracts)") : "=== " + e.code() + " (" + n + ")");
                String def = p.codebook().get(e.code()).description;
                if (def != null) out().println(md ? "\n*" + def + "*" : def);
                for (String c : Memos.coders(p)) {
                    String memo = Memos.load(p, c).text(Memos.About.code(e.code()));
                    if (memo != null) out().println(md ? "\nCode memo (" + c + "): " + memo : "code memo (" + c + "): " + memo);
                }
                out().println();
            }
            if (!by.isEmpty() && !e.value().equals(value)) {
                value = e.value();
                out().println((md ? "### " : "--- ") + e.attribute() + ": " + e.value());
                out().println();
            }
            for (Extracts.Context c : e.before()) out().println(md ? "> *" + who(c) + oneLine(c.text()) + "*" : "    [" + who(c) + oneLine(c.text()) + "]");
            if (!e.before().isEmpty() && md) out().println(">");
            String mark = e.key() ? "★ " : "";
            String speaker = e.speaker() == null ? "" : e.speaker() + ": ";
            if (md) out().println("> " + mark + speaker + oneLine(e.text()) + " " + e.citation());
            else out().println(mark + speaker + oneLine(e.text()) + " " + e.citation());
            if (!e.after().isEmpty() && md) out().println(">");
            for (Extracts.Context c : e.after()) out().println(md ? "> *" + who(c) + oneLine(c.text()) + "*" : "    [" + who(c) + oneLine(c.text()) + "]");
            if (e.memo() != null) out().println(md ? "\nMemo (" + e.coder() + "): " + e.memo() : "  memo: " + e.memo());
            if (!e.codedAs().equals(e.code())) out().println(md ? "\n(coded " + e.codedAs() + " by " + e.coder() + ")" : "  (coded " + e.codedAs() + " by " + e.coder() + ")");
            out().println();
        }
        if (list.isEmpty()) out().println("No extracts.");
    }

    private static String who(Extracts.Context c) {
        return c.speaker() == null ? "" : c.speaker() + ": ";
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
