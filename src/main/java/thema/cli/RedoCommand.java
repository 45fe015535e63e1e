package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.coding.Codings;

@Command(name = "redo", mixinStandardHelpOptions = true, description = "Redo the change last undone by a coder.")
final class RedoCommand extends ProjectCommand {
    @Option(names = "--coder", required = true)
    String coder;

    @Override
    public Integer call() {
        String label = Codings.redo(project(), coder);
        out().println(label == null ? "Nothing to redo for " + coder : "Redone: " + label);
        return 0;
    }
}
