package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.project.Codebook;
import thema.project.Project;
import thema.project.ThemaException;
import thema.search.Languages;

import java.nio.file.Path;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a new project in DIR.")
final class InitCommand extends ProjectCommand {
    @Option(names = "--language", defaultValue = "en", description = "Language of the transcripts, stemmed in search: nl, en, de, fr, es, sv, ... (see README; default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--codebook", paramLabel = "FILE", description = "Start with this codebook (.yaml, or a REFI-QDA .qdc from another tool).")
    Path codebook;

    @Option(names = "--name", description = "Project name (default: the directory name).")
    String name;

    @Override
    public Integer call() {
        if (!Languages.known(language)) throw usage(refusal(language));
        Project p = codebook == null ? Project.init(dir, name, language, Codebook.empty())
                : Project.init(dir, name, language, CodebookFiles.yaml(codebook));
        out().println("Created project " + p.name() + " in " + dir + " (" + language + ", " + p.codebook().paths().size() + " codes)");
        return 0;
    }

    /** The one line that refuses a language code thema cannot stem. */
    static String refusal(String language) {
        try {
            Languages.of(language);
            return null;
        } catch (ThemaException e) {
            return e.getMessage();
        }
    }
}
