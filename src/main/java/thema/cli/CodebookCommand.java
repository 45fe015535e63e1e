package thema.cli;

import picocli.CommandLine.Command;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Json;

import java.util.List;

@Command(name = "codebook", mixinStandardHelpOptions = true, description = "Show the codebook.")
final class CodebookCommand extends ProjectCommand {
    CodebookCommand() {
        super(Format.tree, Format.json);
    }



    @Override
    public Integer call() {
        Codebook cb = project().codebook();
        if (output.get() == Format.json) {
            out().println(Json.write(cb.roots()));
            return 0;
        }
        print(cb.roots(), "");
        out().println(cb.paths().size() + " codes");
        return 0;
    }

    private void print(List<Code> codes, String indent) {
        for (Code c : codes) {
            String mark = c.exclusive ? "  (exclusive)" : "";
            String desc = c.description == null ? "" : "  - " + c.description.strip().replaceAll("\\s+", " ");
            out().println(indent + c.name + mark + desc);
            print(c.children, indent + "  ");
        }
    }
}
