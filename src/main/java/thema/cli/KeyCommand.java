package thema.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.coding.Codings;
import thema.project.Document;
import thema.project.Project;

@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Mark a coding as a key quote (or --off), for 'thema quotes --key' and the write-up.")
final class KeyCommand extends ProjectCommand {
    @Mixin
    CoderOption.Required coder;

    @Option(names = "--doc", required = true, paramLabel = "ID")
    String doc;

    @ArgGroup(exclusive = false)
    Span span;

    @Option(names = "--code", paramLabel = "PATH", description = "Which coding of that span (default: every coding on exactly that span).")
    String code;

    @Option(names = "--off", description = "Unmark it.")
    boolean off;

    @Override
    public Integer call() {
        if (span == null) throw usage("give --turn N or --start N --end M");
        Project p = project();
        Document d = p.document(doc);
        int[] s = span.resolve(this, d);
        int n = Codings.markKey(p, coder.name, d.id(), s[0], s[1], code, !off);
        out().println((off ? "Unmarked " : "Marked ") + n + (n == 1 ? " coding" : " codings") + " as key quote" + (off ? "" : "s"));
        return 0;
    }
}
