package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import thema.coding.Codings;

@Command(name = "undo", mixinStandardHelpOptions = true, description = "Undo a coder's last change (a whole autocode run or batch is one step).")
final class UndoCommand extends ProjectCommand {
    @Mixin
    CoderOption.Required coder;

    @Override
    public Integer call() {
        String label = Codings.undo(project(), coder.name);
        out().println(label == null ? "Nothing to undo for " + coder.name : "Undone: " + label);
        return 0;
    }
}
