package thema.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.coding.Codings;
import thema.project.Document;

@Command(name = "uncode", mixinStandardHelpOptions = true, description = "Remove a coding.")
final class UncodeCommand extends ProjectCommand {
    @Mixin
    CoderOption.Required coder;

    @Option(names = "--code", required = true, paramLabel = "PATH")
    String code;

    @Option(names = "--doc", required = true, paramLabel = "ID")
    String doc;

    @ArgGroup(exclusive = false, multiplicity = "1")
    Span span;

    @Override
    public Integer call() {
        Document d = project().document(doc);
        int[] s = span.resolve(this, d);
        Codings.remove(project(), coder.name, d.id(), s[0], s[1], code);
        out().println("Removed " + code + " on " + d.id() + " [" + s[0] + ", " + s[1] + ") for " + coder.name);
        return 0;
    }
}
