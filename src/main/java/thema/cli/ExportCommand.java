package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.interchange.Qdc;
import thema.interchange.QdpxExport;

import java.nio.file.Path;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the project for other QDA tools (REFI-QDA): the whole project as .qdpx, the codebook as .qdc.")
final class ExportCommand extends ProjectCommand {
    @Option(names = "--qdpx", paramLabel = "FILE", description = "Write a REFI-QDA project (.qdpx): codebook, documents, attributes, every coder's codings.")
    Path qdpx;

    @Option(names = "--qdc", paramLabel = "FILE", description = "Write a REFI-QDA codebook (.qdc).")
    Path qdc;

    @Override
    public Integer call() {
        if (qdpx == null && qdc == null) throw usage("give --qdpx FILE and/or --qdc FILE");
        if (qdpx != null) OutputFile.checked(qdpx);
        if (qdc != null) OutputFile.checked(qdc);
        if (qdpx != null) {
            QdpxExport.Summary s = QdpxExport.write(project(), qdpx);
            out().println("Wrote " + qdpx + ": " + s.documents() + " documents, " + s.codes() + " codes, " + s.codings()
                    + " codings by " + s.coders() + " coder" + (s.coders() == 1 ? "" : "s"));
        }
        if (qdc != null) {
            int codes = Qdc.write(project().codebook(), project().name(), qdc);
            out().println("Wrote " + qdc + ": " + codes + " codes");
        }
        return 0;
    }
}
