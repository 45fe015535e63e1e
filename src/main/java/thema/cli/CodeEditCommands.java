package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.coding.CodebookEdits;
import thema.project.Code;
import thema.project.LastCoder;

/** Codebook edits from the command line; codings follow renames and moves. */
final class CodeEditCommands {
    private CodeEditCommands() {
    }


    @Command(name = "add-code", mixinStandardHelpOptions = true, description = "Add a code to the codebook.")
    static final class AddCode extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH", description = "The new code's path, e.g. 'care decisions/timing'.")
        String path;

        @Option(names = "--description")
        String description;

        @Mixin
        CoderOption.OrDefault coder;

        @Override
        public Integer call() {
            int slash = path.lastIndexOf('/');
            Code c = new Code(path.substring(slash + 1)).withDescription(description);
            String added = CodebookEdits.add(project(), LastCoder.orDefault(project(), coder.name), slash < 0 ? null : path.substring(0, slash), c);
            out().println("Added code " + added);
            return 0;
        }
    }

    @Command(name = "rename-code", mixinStandardHelpOptions = true, description = "Rename a code; every coding that uses it follows.")
    static final class RenameCode extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Parameters(index = "2", paramLabel = "NEWNAME")
        String name;

        @Mixin
        CoderOption.OrDefault coder;

        @Override
        public Integer call() {
            out().println("Renamed to " + CodebookEdits.rename(project(), LastCoder.orDefault(project(), coder.name), path, name));
            return 0;
        }
    }

    @Command(name = "move-code", mixinStandardHelpOptions = true, description = "Move a code under another parent; its codings follow.")
    static final class MoveCode extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Option(names = "--to", paramLabel = "PARENT", description = "New parent path; omit to move to the top level.")
        String to;

        @Mixin
        CoderOption.OrDefault coder;

        @Override
        public Integer call() {
            out().println("Moved to " + CodebookEdits.move(project(), LastCoder.orDefault(project(), coder.name), path, to));
            return 0;
        }
    }
}
