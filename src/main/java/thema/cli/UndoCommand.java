package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.coding.Codings;

@Command(name = "undo", mixinStandardHelpOptions = true, description = "Undo a coder's last change (a whole autocode run or batch is one step).")
final class UndoCommand extends ProjectCommand {
    @Option(names = "--coder", required = true)
    String coder;

    @Override
    public Integer call() {
        String label = Codings.undo(project(), coder);
        out().println(label == null ? "Nothing to undo for " + coder : "Undone: " + label);
        return 0;
    }
}
