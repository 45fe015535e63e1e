package thema.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.project.Project;
import thema.search.Autocode;
import thema.search.TurnIndex;

@Command(name = "autocode", mixinStandardHelpOptions = true,
        description = {"Code every hit of a search query, as the hit, its sentence or its turn.",
                "Passages the coder already has with that code are skipped; one 'thema undo' removes the whole run."})
final class AutocodeCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "QUERY")
    String query;

    @Mixin
    CoderOption.Required coder;

    @Option(names = "--code", required = true, paramLabel = "PATH")
    String code;

    @Option(names = "--unit", defaultValue = "hit", description = "hit, sentence or turn (default: ${DEFAULT-VALUE}).")
    Autocode.Unit unit;

    @Option(names = "--dry-run", description = "Show what would be coded; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Project p = project();
        List<Autocode.Planned> planned;
        try (TurnIndex index = TurnIndex.open(p)) {
            planned = Autocode.plan(index, query, coder.name, code, unit);
        }
        if (dryRun) {
            TextTable t = new TextTable("doc", "turn", "at", "text").alignRight(1);
            for (Autocode.Planned x : planned) {
                String text = x.text().replaceAll("\\s+", " ");
                t.row(x.coding().doc(), x.turn(), x.coding().start() + "-" + x.coding().end(), text.length() > 100 ? text.substring(0, 99) + "…" : text);
            }
            if (!planned.isEmpty()) t.print(out());
            out().println("Would add " + planned.size() + " segments of " + p.codebook().resolve(code) + " for " + coder.name + " (dry run: nothing saved)");
            return 0;
        }
        int added = Autocode.apply(p, coder.name, query, planned);
        out().println("Added " + added + " segments of " + p.codebook().resolve(code) + " for " + coder.name + " (undo: thema undo " + p.dir() + " --coder " + coder.name + ")");
        return 0;
    }
}
