package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.coding.CodebookEdits;
import thema.coding.DocumentEdits;
import thema.project.Code;
import thema.project.LastCoder;

/** Codebook edits (and deleting a document) from the command line; codings follow renames, moves and merges. */
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

    @Command(name = "merge-code", mixinStandardHelpOptions = true,
            description = "Merge a code into another: its codings (every coder's) and subcodes follow; one undo step.")
    static final class MergeCode extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH", description = "The code that goes, e.g. 'care route'.")
        String path;

        @Option(names = "--into", required = true, paramLabel = "PATH", description = "The code its codings become.")
        String into;

        @Mixin
        CoderOption.OrDefault coder;

        @Override
        public Integer call() {
            CodebookEdits.Outcome m = CodebookEdits.merge(project(), LastCoder.orDefault(project(), coder.name), path, into);
            out().println("Merged " + m.path() + " into " + m.into() + ": " + m.counted() + " follow"
                    + (m.duplicates() == 0 ? "" : " (" + CodebookEdits.many(m.duplicates(), "duplicate") + " dropped)"));
            return 0;
        }
    }

    @Command(name = "delete-code", mixinStandardHelpOptions = true,
            description = "Delete a code and its subcodes; refused while codings, memos or decisions use it, unless --with-codings.")
    static final class DeleteCode extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;

        @Option(names = "--with-codings", description = "Delete its codings (every coder's), memos and consensus decisions too.")
        boolean withCodings;

        @Mixin
        CoderOption.OrDefault coder;

        @Override
        public Integer call() {
            CodebookEdits.Outcome d = CodebookEdits.delete(project(), LastCoder.orDefault(project(), coder.name), path, withCodings);
            out().println("Deleted code " + d.path() + (d.total() == 0 && d.memos() == 0 ? ""
                    : " with " + d.counted() + (d.memos() == 0 ? "" : " and " + CodebookEdits.many(d.memos(), "memo"))));
            return 0;
        }
    }

    @Command(name = "delete-document", mixinStandardHelpOptions = true,
            description = "Delete a document with its codings, memos and speakers; one undo step brings it all back.")
    static final class DeleteDocument extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "ID", description = "The document's id (see 'thema docs').")
        String id;

        @Mixin
        CoderOption.OrDefault coder;

        @Override
        public Integer call() {
            DocumentEdits.Deleted d = DocumentEdits.delete(project(), LastCoder.orDefault(project(), coder.name), id);
            out().println("Deleted document " + d.id() + " with " + d.counted()
                    + (d.memos() == 0 ? "" : " and " + CodebookEdits.many(d.memos(), "memo")));
            return 0;
        }
    }
}
