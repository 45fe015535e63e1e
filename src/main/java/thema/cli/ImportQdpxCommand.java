package thema.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.interchange.QdpxImport;
import thema.search.Languages;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import-qdpx", mixinStandardHelpOptions = true,
        description = "Create a new project in DIR from a REFI-QDA project (.qdpx) written by ATLAS.ti, NVivo, MAXQDA, QualCoder, ...")
final class ImportQdpxCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx file.")
    Path file;

    @Parameters(index = "1", paramLabel = "DIR", description = "The new project directory (must not exist or be empty).")
    Path dir;

    @Option(names = "--language", defaultValue = "en", description = "Language of the transcripts, stemmed in search: nl, en, de, fr, es, sv, ... (see README; default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--skip-missing", description = "Import even when some sources' texts are not in the archive (they are left out, with their codings).")
    boolean skipMissing;

    @Option(names = "--positions", defaultValue = "auto", paramLabel = "UNITS",
            description = "How the file counts positions: auto (chosen per source by how many selections fall on word boundaries), codepoints, utf16, codepoints-crlf1 or utf16-crlf1 (a CRLF counted as one).")
    String positions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        QdpxImport.Positions units;
        try {
            units = QdpxImport.Positions.valueOf(positions.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--positions must be auto, codepoints, utf16, codepoints-crlf1 or utf16-crlf1 (not '" + positions + "')");
        }
        if (!Languages.known(language)) throw new CommandLine.ParameterException(spec.commandLine(), InitCommand.refusal(language));
        QdpxImport.Summary s = QdpxImport.run(file, dir, new QdpxImport.Options(language, skipMissing, units));
        var out = spec.commandLine().getOut();
        out.println("Created project " + s.name() + " in " + dir + ": " + s.documents() + " documents, " + s.codes() + " codes, "
                + s.codings() + " codings" + (s.coders().isEmpty() ? "" : " by " + String.join(", ", s.coders())));
        for (String n : s.notes()) out.println("  note: " + n);
        return 0;
    }
}
