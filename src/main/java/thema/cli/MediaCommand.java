package thema.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.importing.MediaLinks;
import thema.project.Document;
import thema.project.DocumentMeta;
import thema.project.Project;

@Command(name = "media", mixinStandardHelpOptions = true,
        description = {"The recordings beside the transcripts: with --doc ID FILE, link FILE (audio or video) to document ID;",
                "with --doc ID --remove, unlink it; without, list every document's recording and whether it is still there unchanged."})
final class MediaCommand extends ProjectCommand {
    @Option(names = "--doc", paramLabel = "ID", description = "The document whose recording to set or remove.")
    String doc;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "The recording (kept where it is; the project stores its relative path and SHA-256).")
    Path file;

    @Option(names = "--remove", description = "Unlink the document's recording (the file is left alone).")
    boolean remove;

    @Override
    public Integer call() {
        if (doc == null && (file != null || remove)) throw usage("name the document with --doc ID");
        if (doc != null && (file == null) == !remove) throw usage("give --doc ID with either FILE or --remove");
        Project p = project();
        if (doc == null) {
            for (Document d : p.documents()) {
                DocumentMeta.Media m = d.meta().media;
                if (m != null) out().println(d.id() + "\t" + m.path() + "\t" + MediaLinks.check(p, m));
            }
            return 0;
        }
        Document d = p.document(doc);
        DocumentMeta.Media link = remove ? null : MediaLinks.link(p, file);
        p.write(ch -> {
            DocumentMeta m = p.document(d.id()).meta().copy();
            m.media = link;
            return ch.document(m, null);
        });
        out().println(remove ? "Removed the recording of " + doc : "Linked " + doc + " to " + link.path());
        return 0;
    }
}
