package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.coding.Codings;

import java.util.List;

@Command(name = "done", mixinStandardHelpOptions = true, description = "Mark documents as finished by a coder.")
final class DoneCommand extends ProjectCommand {
    @Mixin
    CoderOption.Required coder;

    @Option(names = "--doc", required = true, paramLabel = "ID")
    List<String> docs;

    @Option(names = "--undo", description = "Mark them as not done again.")
    boolean undo;

    @Override
    public Integer call() {
        Codings.done(project(), coder.name, docs, !undo);
        out().println((undo ? "Not done: " : "Done: ") + String.join(", ", docs) + " (" + coder.name + ")");
        return 0;
    }
}
