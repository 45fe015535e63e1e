package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import thema.coding.Codings;

@Command(name = "redo", mixinStandardHelpOptions = true, description = "Redo the change last undone by a coder.")
final class RedoCommand extends ProjectCommand {
    @Mixin
    CoderOption.Required coder;

    @Override
    public Integer call() {
        String label = Codings.redo(project(), coder.name);
        out().println(label == null ? "Nothing to redo for " + coder.name : "Redone: " + label);
        return 0;
    }
}
