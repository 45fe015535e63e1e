package thema.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.analysis.CountedCoding;
import thema.analysis.CountingUnits;
import thema.analysis.ThematicMap;
import thema.coding.Themes;
import thema.project.Project;
import thema.project.ThemaException;
import thema.writeup.Extracts;

@Command(name = "themes", mixinStandardHelpOptions = true,
        description = {"The thematic map (themes.yaml): each theme with its definition and codes, their segments and",
                "k of n documents, overall or --by attribute; --format md adds each theme's key quotes (a draft findings section)."})
final class ThemesCommand extends ProjectCommand {
    ThemesCommand() {
        super(Format.tree, Format.md, Format.json);
    }


    @Option(names = "--by", paramLabel = "ATTRIBUTE")
    List<String> by = new ArrayList<>();

    @Mixin
    PerOption per;

    @Mixin
    CoderOption.Counted coder;

    /** "documents" or "participants": what the k of n in every line counts. */
    private String noun = "documents";


    @Override
    public Integer call() {
        Project p = project();
        Themes themes = Themes.load(p);
        if (themes.themes.isEmpty()) throw new ThemaException(p.dir().resolve(Themes.FILE) + ": no themes yet (see README, 'Writing up', for the file's shape)");
        CountedCoding counted = CountedCoding.choose(p, coder.name);
        CountingUnits units = CountingUnits.of(per.value, p, counted, by);
        noun = per.value.plural();
        List<ThematicMap.ThemeRow> rows = ThematicMap.of(p, themes, counted, units);
        switch (output.get()) {
            case json -> {
                List<Map<String, Object>> out = new ArrayList<>();
                for (ThematicMap.ThemeRow r : rows) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("theme", r.theme().name);
                    m.put("definition", r.theme().definition);
                    m.put("depth", r.depth());
                    m.put("value", r.value());
                    m.put("segments", r.segments());
                    m.put(noun, r.documents());
                    m.put(noun + "_in_group", r.documentsInGroup());
                    List<Map<String, Object>> codes = new ArrayList<>();
                    for (ThematicMap.CodeRow c : r.codes()) {
                        Map<String, Object> code = new LinkedHashMap<>();
                        code.put("code", c.code());
                        code.put("value", c.value());
                        code.put("segmentsTotal", c.segmentsTotal());
                        code.put(noun, c.documents());
                        code.put(noun.equals("documents") ? "documentsInGroup" : "participantsInGroup", c.documentsInGroup());
                        codes.add(code);
                    }
                    m.put("codes", codes);
                    out.add(m);
                }
                RowPrinter.printWithCounted(out(), "themes", counted, each -> each.accept(out));
            }
            case md -> {
                markdown(p, rows, counted);
                out().println(counted.describe());
            }
            default -> {
                tree(rows);
                out().println();
                RowPrinter.printCounted(out(), counted);
            }
        }
        return 0;
    }

    private void tree(List<ThematicMap.ThemeRow> rows) {
        Themes.Theme last = null;
        for (ThematicMap.ThemeRow r : rows) {
            String indent = "  ".repeat(r.depth());
            String group = by.isEmpty() ? "" : " [" + r.value() + "]";
            if (r.theme() != last) {
                out().println(indent + r.theme().name);
                if (r.theme().definition != null) out().println(indent + "  " + r.theme().definition);
                last = r.theme();
            }
            out().println(indent + "  theme" + group + ": " + r.segments() + " segments, " + r.documents() + " of " + r.documentsInGroup() + " " + noun);
            for (ThematicMap.CodeRow c : r.codes()) {
                out().println(indent + "    " + c.code() + group + ": " + c.segmentsTotal() + " segments, " + c.documents() + " of " + c.documentsInGroup() + " " + noun);
            }
        }
    }

    private void markdown(Project p, List<ThematicMap.ThemeRow> rows, CountedCoding counted) {
        Themes.Theme last = null;
        for (ThematicMap.ThemeRow r : rows) {
            if (r.theme() != last) {
                last = r.theme();
                out().println("#".repeat(Math.min(6, 2 + r.depth())) + " " + r.theme().name);
                out().println();
                if (r.theme().definition != null) out().println(r.theme().definition + "\n");
                out().println("| code | " + (by.isEmpty() ? "" : String.join("|", by) + " | ") + "segments | " + noun + " |");
                out().println("| --- | " + (by.isEmpty() ? "" : "--- | ") + "---: | ---: |");
            }
            out().println("| **theme** | " + (by.isEmpty() ? "" : r.value() + " | ") + r.segments() + " | " + r.documents() + " of " + r.documentsInGroup() + " |");
            for (ThematicMap.CodeRow c : r.codes()) {
                out().println("| " + c.code() + " | " + (by.isEmpty() ? "" : c.value() + " | ") + c.segmentsTotal() + " | " + c.documents() + " of " + c.documentsInGroup() + " |");
            }
            boolean lastRowOfTheme = rows.indexOf(r) == rows.size() - 1 || rows.get(rows.indexOf(r) + 1).theme() != r.theme();
            if (lastRowOfTheme) {
                out().println();
                if (r.theme().memo != null) out().println("Memo: " + r.theme().memo + "\n");
                List<Extracts.Extract> keys = r.theme().codes.isEmpty() ? List.of()
                        : Extracts.of(p, new Extracts.Query(r.theme().codes, counted, null, List.of(), true, 0));
                for (Extracts.Extract e : keys) out().println("> " + (e.speaker() == null ? "" : e.speaker() + ": ") + e.text().strip().replaceAll("\\s*\\n\\s*", " ") + " " + e.citation() + "\n");
            }
        }
    }
}
