package thema.cli;

import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;

@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Mark a coding as a key quote (or --off), for 'thema quotes --key' and the write-up.")
final class KeyCommand extends ProjectCommand {
    @Option(names = "--coder", required = true, paramLabel = "NAME")
    String coder;

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
        String exact = code == null ? null : p.codebook().resolve(code);
        List<Coding> match = p.coder(coder).codings().stream()
                .filter(c -> c.doc().equals(d.id()) && c.start() == s[0] && c.end() == s[1] && (exact == null || c.code().equals(exact))).toList();
        if (match.isEmpty()) throw new ThemaException("coder '" + coder + "' has no coding on '" + d.id() + "' [" + s[0] + ", " + s[1] + ")" + (exact == null ? "" : " with code '" + exact + "'"));
        for (Coding c : match) Codings.replace(p, coder, c, c.withKey(!off), (off ? "unmark key quote " : "key quote ") + c.code());
        out().println((off ? "Unmarked " : "Marked ") + match.size() + (match.size() == 1 ? " coding" : " codings") + " as key quote" + (off ? "" : "s"));
        return 0;
    }
}
