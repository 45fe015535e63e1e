package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.importing.Importer;
import thema.project.Attributes;
import thema.project.Project;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import transcripts (.txt, .md, .docx, .vtt, .srt) and text PDFs (.pdf).",
                "All files are read before any is saved: one bad file imports none."})
final class ImportCommand extends ProjectCommand {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--as", paramLabel = "ID", description = "Document id (default: the file's base name).")
    String as;

    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "An attribute for the imported documents (repeatable).")
    Map<String, String> attrs = new LinkedHashMap<>();

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Read text files (.txt, .md, .vtt, .srt) in this encoding, e.g. windows-1252, Shift_JIS, KOI8-R (default: decided per file).")
    String encoding;

    @Option(names = "--media", paramLabel = "FILE",
            description = "The recording (audio or video) of the one transcript imported; a .vtt/.srt finds one of its own name beside it.")
    Path media;

    @Override
    public Integer call() {
        Charset charset = charset();
        Project p = project();
        Map<String, String> clean = new LinkedHashMap<>();
        attrs.forEach((k, v) -> clean.put(Attributes.checkKey(k), v.strip()));
        List<String> warnings = new ArrayList<>();
        List<String> ids = Importer.importFiles(p, files, as, clean, charset, warnings, media);
        for (String w : warnings) err().println("thema: warning: " + w);
        for (String id : ids) {
            var m = p.document(id).meta();
            out().println("Imported " + id + " (" + m.turns.size() + " turns, " + m.length + " characters"
                    + (m.pages == null ? "" : ", " + m.pages.size() + (m.pages.size() == 1 ? " page" : " pages"))
                    + (m.media == null ? "" : ", recording " + m.media.path()) + ")");
        }
        return 0;
    }

    private Charset charset() {
        if (encoding == null) return null;
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalArgumentException e) {
            throw usage("--encoding: unknown encoding '" + encoding + "' (e.g. UTF-8, windows-1252, ISO-8859-15, Shift_JIS, GBK, KOI8-R)");
        }
    }
}
