package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.analysis.agreement.Agreement;
import thema.analysis.agreement.Bootstrap;
import thema.analysis.agreement.UnitKind;
import thema.project.AtomicFiles;
import thema.writeup.Debrief;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

@Command(name = "debrief", mixinStandardHelpOptions = true,
        description = "Write the debriefing record (Markdown): agreement before consensus with bootstrapped 95%% intervals, the reliability sample, every disagreement with its decision and note.")
final class DebriefCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "OUT.md", description = "The file to write.")
    Path outFile;

    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B", description = "The two coders.")
    List<String> coders;

    @Option(names = "--min-alpha", defaultValue = "0.667", paramLabel = "A", description = "Flag codes below this alpha (default: ${DEFAULT-VALUE}).")
    double minAlpha;

    @Mixin
    AgreementOptions options;

    @Override
    public Integer call() {
        if (coders.size() != 2) throw usage("--coders takes exactly two coders, e.g. --coders anna,ben");
        if (options.drawsProblem() != null) throw usage(options.drawsProblem());
        OutputFile.checked(outFile);
        UnitKind kind = options.unit.kind();
        if (kind == UnitKind.CHARACTER && options.bootstrapOptionGiven()) {
            throw usage("--draws and --seed are for the confidence intervals, and character units have none (they are not resampled)");
        }
        Agreement.Report r = Agreement.compute(project(), coders, null, kind, options.speakerFilter());
        // the intervals a methods section reports; characters are not independent units, so not resampled
        if (kind != UnitKind.CHARACTER) r = r.withIntervals(Bootstrap.of(r, options.draws(), options.seed()));
        String md = Debrief.markdown(project(), r, minAlpha);
        AtomicFiles.write(outFile, md.getBytes(StandardCharsets.UTF_8));
        out().println("Wrote " + outFile);
        return 0;
    }
}
