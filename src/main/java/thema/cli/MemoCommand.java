package thema.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.coding.Memos;
import thema.project.Project;
import thema.project.ThemaException;

@Command(name = "memo", mixinStandardHelpOptions = true,
        description = {"Write a memo on a document or a code (replacing your earlier one; empty text removes it),",
                "or a dated entry in your reflexive journal. --edit opens $EDITOR, as git does."})
final class MemoCommand extends ProjectCommand {
    @Mixin
    CoderOption.Required coder;

    static final class Target {
        @Option(names = "--doc", paramLabel = "ID")
        String doc;
        @Option(names = "--code", paramLabel = "PATH")
        String code;
        @Option(names = "--journal")
        boolean journal;

        Memos.About about(Project p) {
            return journal ? Memos.About.journal() : doc != null ? Memos.About.document(doc) : Memos.About.code(p.codebook().resolve(code));
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Body {
        @Option(names = "--text", paramLabel = "TEXT")
        String text;
        @Option(names = "--edit")
        boolean edit;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Body body;

    @Override
    public Integer call() {
        Project p = project();
        String text = body.edit ? edit(p) : body.text;
        Memos.write(p, coder.name, target.about(p), text == null ? "" : text);
        out().println(target.journal ? "Journal entry saved" : text == null || text.isBlank() ? "Memo removed" : "Memo saved");
        return 0;
    }

    private String edit(Project p) {
        String editor = System.getenv().getOrDefault("VISUAL", System.getenv().getOrDefault("EDITOR", "vi"));
        try {
            Path tmp = Files.createTempFile("thema-memo", ".md");
            if (!target.journal) {
                String old = Memos.load(p, coder.name).text(target.about(p));
                Files.writeString(tmp, old == null ? "" : old, StandardCharsets.UTF_8);
            }
            int rc = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "sh", tmp.toString()).inheritIO().start().waitFor();
            String text = Files.readString(tmp, StandardCharsets.UTF_8);
            Files.deleteIfExists(tmp);
            if (rc != 0) throw new ThemaException("the editor (" + editor + ") exited with " + rc + "; nothing saved");
            return text;
        } catch (IOException e) {
            throw new ThemaException("cannot run the editor '" + editor + "' (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ThemaException("interrupted; nothing saved");
        }
    }
}
