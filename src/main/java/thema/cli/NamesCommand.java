package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.writeup.NameCandidates;

@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Words that may be names (speaker labels; capitalised words not starting a sentence), likely names",
                "first, each with why; review them before 'thema pseudonymize': copy the real ones into an original,replacement CSV."})
final class NamesCommand extends ProjectCommand {
    @Option(names = "--top", paramLabel = "N", defaultValue = "50")
    int top;

    @Override
    public Integer call() {
        if (top < 1) throw usage("--top must be 1 or more");
        TextTable t = new TextTable("candidate", "count", "documents", "why").alignRight(1);
        for (NameCandidates.Candidate c : NameCandidates.of(project(), top)) {
            String docs = String.join(", ", c.documents());
            t.row(c.name(), c.count(), docs.length() > 30 ? docs.substring(0, 29) + "…" : docs, String.join("; ", c.why()));
        }
        t.print(out());
        return 0;
    }
}
