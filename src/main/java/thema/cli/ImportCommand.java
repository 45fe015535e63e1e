package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.importing.Importer;
import thema.project.Attributes;
import thema.project.Project;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import transcripts (.txt, .md, .docx, .vtt, .srt).",
                "All files are read before any is saved: one bad file imports none."})
final class ImportCommand extends ProjectCommand {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--as", paramLabel = "ID", description = "Document id (default: the file's base name).")
    String as;

    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "An attribute for the imported documents (repeatable).")
    Map<String, String> attrs = new LinkedHashMap<>();

    @Override
    public Integer call() {
        Project p = project();
        Map<String, String> clean = new LinkedHashMap<>();
        attrs.forEach((k, v) -> clean.put(Attributes.checkKey(k), v.strip()));
        List<String> ids = Importer.importFiles(p, files, as, clean);
        for (String id : ids) {
            out().println("Imported " + id + " (" + p.document(id).turns().size() + " turns, " + p.document(id).length() + " characters)");
        }
        return 0;
    }
}
