package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.writeup.NameCandidates;

@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Words that may be names (capitalised, not starting a sentence; speaker names too), to review",
                "before 'thema pseudonymize': copy the real ones into an original,replacement CSV."})
final class NamesCommand extends ProjectCommand {
    @Option(names = "--top", paramLabel = "N", defaultValue = "50")
    int top;

    @Override
    public Integer call() {
        if (top < 1) throw usage("--top must be 1 or more");
        TextTable t = new TextTable("candidate", "count", "documents").alignRight(1);
        for (NameCandidates.Candidate c : NameCandidates.of(project(), top)) {
            String docs = String.join(", ", c.documents());
            t.row(c.name(), c.count(), docs.length() > 50 ? docs.substring(0, 49) + "…" : docs);
        }
        t.print(out());
        return 0;
    }
}
