package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.analysis.agreement.UnitKind;
import thema.coding.reliability.Debrief;
import thema.project.AtomicFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

@Command(name = "debrief", mixinStandardHelpOptions = true,
        description = "Write the debriefing record (Markdown): agreement before consensus, every disagreement with its decision and note.")
final class DebriefCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "OUT.md", description = "The file to write.")
    Path outFile;

    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B", description = "The two coders.")
    List<String> coders;

    @Option(names = "--unit", defaultValue = "turn", paramLabel = "turn|sentence|character",
            description = "Unit of the agreement table (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--min-alpha", defaultValue = "0.667", paramLabel = "A", description = "Flag codes below this alpha (default: ${DEFAULT-VALUE}).")
    double minAlpha;

    @Override
    public Integer call() {
        if (coders.size() != 2) throw usage("--coders takes exactly two coders, e.g. --coders anna,ben");
        OutputFile.checked(outFile);
        UnitKind kind;
        try {
            kind = UnitKind.parse(unit);
        } catch (RuntimeException e) {
            throw usage(e.getMessage());
        }
        String md = Debrief.markdown(project(), coders.get(0), coders.get(1), kind, minAlpha);
        AtomicFiles.write(outFile, md.getBytes(StandardCharsets.UTF_8));
        out().println("Wrote " + outFile);
        return 0;
    }
}
