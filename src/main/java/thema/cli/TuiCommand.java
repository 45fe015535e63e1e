package thema.cli;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.project.LastCoder;
import thema.project.Project;
import thema.project.ThemaException;
import thema.tui.Terminals;
import thema.tui.Tui;
import thema.tui.Workbench;

@Command(name = "tui", mixinStandardHelpOptions = true,
        description = {"Open the coding workbench (also: thema DIR). Every change is saved at once.",
                "The coder defaults to the last one to open the workbench on this machine, else your login name."})
final class TuiCommand extends ProjectCommand {
    @Mixin
    CoderOption.OrDefault coder;

    @Option(names = "--blind", description = "Show nothing of other coders' work (reliability passes).")
    boolean blind;

    @Option(names = "--compare", paramLabel = "A,B", split = ",", description = "Open the peer-debriefing view of two coders.")
    java.util.List<String> compare;

    @Option(names = "--mono", description = "No colours; also when the NO_COLOR environment variable is set (no-color.org).")
    boolean mono;

    @Override
    public Integer call() {
        Project p = project();
        String who = LastCoder.orDefault(p, coder.name);
        LastCoder.remember(p, p.checkCoder(who));
        if (compare != null && compare.size() != 2) throw usage("--compare takes two coders: --compare anna,ben");
        Workbench w = new Workbench(p, who, blind);
        String noColor = System.getenv("NO_COLOR");
        w.monochrome(mono || noColor != null && !noColor.isEmpty());
        if (compare != null) w.compare(compare.get(0).strip(), compare.get(1).strip());
        if (System.console() == null) throw new ThemaException("the workbench needs a terminal; use the other commands in scripts");
        try {
            Tui.run(w, Terminals.open());
        } catch (IOException e) {
            throw new ThemaException("terminal: " + e.getMessage(), e);
        }
        return 0;
    }
}
