package thema.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.analysis.CountedCoding;
import thema.coding.Memos;
import thema.coding.Themes;
import thema.project.Project;
import thema.writeup.Extracts;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Coded extracts: every segment of the codes (and their subcodes), grouped by code, attribute group and document,",
                "with the exact coded text and a citation from the project's template (thema.yaml 'citation')."})
final class QuotesCommand extends ProjectCommand {
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*\\n\\s*");

    QuotesCommand() {
        super(Format.md, Format.csv, Format.json, Format.txt);
    }


    @Option(names = "--code", paramLabel = "PATH", description = "A code (repeatable; default: every code applied).")
    List<String> codes = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "NAME", description = "The codes of this theme (themes.yaml) and its sub-themes.")
    String theme;

    @Mixin
    CoderOption.Counted coder;

    @Option(names = "--doc", paramLabel = "ID")
    String doc;

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Group by this attribute (repeat for a cross).")
    List<String> by = new ArrayList<>();

    @Option(names = "--key", description = "Only key quotes (thema key).")
    boolean key;

    @Option(names = "--context", paramLabel = "N", defaultValue = "0", description = "Add N turns before and after.")
    int context;


    @Override
    public Integer call() {
        if (context < 0) throw usage("--context must be 0 or more");
        Project p = project();
        CountedCoding counted = CountedCoding.choose(p, coder.name);
        if (theme != null) codes.addAll(Themes.load(p).find(theme).allCodes());
        Extracts.Query query = new Extracts.Query(codes, counted, doc, by, key, context);
        switch (output.get()) {
            // code by code as they are found, as the other formats are; a bad query writes nothing
            case json -> RowPrinter.printWithCounted(out(), "extracts", counted, each -> Extracts.forEachCode(p, query, each::accept));
            case csv -> {
                // row by row as each code's extracts are found, as md and txt are; a bad query writes nothing
                Csv.Sheet sheet = Csv.sheet(out(), RowPrinter.withCounted(Extracts.Extract.COLUMNS));
                Extracts.forEachCode(p, query, list -> sheet.write(RowPrinter.withCounted(list.stream().map(Extracts.Extract::toRow).toList(), counted)));
                sheet.close();
            }
            default -> {
                boolean md = output.get() == Format.md;
                String head = md ? "*" + counted.describe() + "*\n" : counted.describe() + "\n";
                // written code by code as they are found: the text of a million extracts is never held at once;
                // the head only once the query was found good (an unknown --by or citation field writes nothing)
                int[] written = {-1};
                Extracts.forEachCode(p, query, list -> {
                    if (written[0] < 0) {
                        out().println(head);
                        written[0] = 0;
                    }
                    written[0] += text(p, list, md);
                });
                if (written[0] < 0) out().println(head);
                if (written[0] <= 0) out().println("No extracts.");
            }
        }
        return 0;
    }

    /** One code's extracts (none: nothing), under its heading; how many. */
    private int text(Project p, List<Extracts.Extract> list, boolean md) {
        if (list.isEmpty()) return 0;
        String code = list.get(0).code();
        int n = list.size();
        out().println(md ? "## " + code + " (" + n + (n == 1 ? " extract)" : " extracts)") : "=== " + code + " (" + n + ")");
        String def = p.codebook().get(code).description;
        if (def != null) out().println(md ? "\n*" + def + "*" : def);
        for (String c : Memos.coders(p)) {
            String memo = Memos.load(p, c).text(Memos.About.code(code));
            if (memo != null) out().println(md ? "\nCode memo (" + c + "): " + memo : "code memo (" + c + "): " + memo);
        }
        out().println();
        String value = null;
        for (Extracts.Extract e : list) {
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
        return n;
    }

    private static String who(Extracts.Context c) {
        return c.speaker() == null ? "" : c.speaker() + ": ";
    }

    private static String oneLine(String s) {
        String t = s.strip();
        return t.indexOf('\n') < 0 ? t : LINE_BREAK.matcher(t).replaceAll(" ");
    }
}
