package thema.cli;

import picocli.CommandLine.Option;
import thema.analysis.CountedCoding;
import thema.analysis.Saturation;
import thema.project.Project;

/** The options of a saturation check (Guest, Namey & Chen 2020), for the table and the figure alike. */
final class SaturationOptions {
    @Option(names = "--order", paramLabel = "ATTRIBUTE", description = "Order the interviews by this attribute (e.g. the interview date), else import order.")
    String order;

    @Option(names = "--base", defaultValue = "4", description = "Interviews in the base (default ${DEFAULT-VALUE}).")
    int base;

    @Option(names = "--run", defaultValue = "2", description = "Interviews per run (default ${DEFAULT-VALUE}).")
    int run;

    @Option(names = "--threshold", defaultValue = "0.05", description = "New information at or below which saturation is reached (default ${DEFAULT-VALUE}).")
    double threshold;

    Saturation.Result of(Project p, CountedCoding counted) {
        return Saturation.of(p, counted, order, base, run, threshold);
    }
}
