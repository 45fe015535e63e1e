package thema.cli;

import picocli.CommandLine.Option;
import thema.coding.Codings;
import thema.project.Document;

/** Where a coding goes: a whole turn, or code points [start, end). */
final class Span {
    @Option(names = "--turn", paramLabel = "N", description = "Turn number (its spoken text, label left out).")
    Integer turn;

    @Option(names = "--start", paramLabel = "N", description = "Start offset (code points).")
    Integer start;

    @Option(names = "--end", paramLabel = "M", description = "End offset (code points, exclusive).")
    Integer end;

    int[] resolve(ProjectCommand cmd, Document d) {
        if (turn != null) {
            if (start != null || end != null) throw cmd.usage("give --turn or --start/--end, not both");
            return Codings.turnSpan(d, turn);
        }
        if (start == null || end == null) throw cmd.usage("--start and --end go together");
        Codings.checkSpan(d, start, end);
        return new int[]{start, end};
    }
}
