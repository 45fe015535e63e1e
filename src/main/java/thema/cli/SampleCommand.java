package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.coding.reliability.Sample;
import thema.project.ThemaException;

import java.security.SecureRandom;
import java.util.List;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Draw a reproducible (optionally stratified) sample of documents for a reliability pass; saved in reliability/sample.yaml.")
final class SampleCommand extends ProjectCommand {
    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B", description = "Who codes the sample.")
    List<String> coders;

    @Option(names = "--fraction", required = true, paramLabel = "F", description = "Share of the documents, e.g. 0.2.")
    double fraction;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: a new one, recorded in the file).")
    Long seed;

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Stratify by this document attribute.")
    String by;

    @Option(names = "--replace", description = "Replace an existing sample.")
    boolean replace;

    @Override
    public Integer call() {
        if (coders.size() < 2) throw usage("--coders needs at least two coders, e.g. --coders anna,ben");
        if (!(fraction > 0 && fraction <= 1)) throw usage("--fraction must lie in (0, 1], e.g. 0.2");
        if (Sample.exists(project()) && !replace) {
            Sample old = Sample.load(project());
            throw new ThemaException(project().dir().resolve(Sample.FILE) + ": a sample of " + old.documents().size()
                    + " documents (seed " + old.seed() + ") is already recorded; pass --replace to draw a new one");
        }
        long s = seed != null ? seed : new SecureRandom().nextInt(1_000_000);
        Sample sample = Sample.draw(project(), coders, fraction, s, by);
        sample.save(project());
        out().println("Sample of " + sample.documents().size() + " of " + project().documents().size() + " documents (seed " + s
                + (by == null ? "" : ", by " + by) + ") for " + String.join(", ", coders) + ":");
        for (String d : sample.documents()) {
            String v = by == null ? "" : "  " + project().document(d).attributes().getOrDefault(by, Sample.NO_VALUE);
            out().println("  " + d + v);
        }
        out().println("Recorded in " + Sample.FILE);
        return 0;
    }
}
