package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.project.Codebook;
import thema.project.Project;

import java.nio.file.Path;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a new project in DIR.")
final class InitCommand extends ProjectCommand {
    @Option(names = "--language", defaultValue = "en", description = "Language of the transcripts: nl, en, ... (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--codebook", paramLabel = "FILE", description = "Start with this codebook (.yaml, or a REFI-QDA .qdc from another tool).")
    Path codebook;

    @Option(names = "--name", description = "Project name (default: the directory name).")
    String name;

    @Override
    public Integer call() {
        Project p = codebook == null ? Project.init(dir, name, language, Codebook.empty())
                : Project.init(dir, name, language, CodebookFiles.yaml(codebook));
        out().println("Created project " + p.name() + " in " + dir + " (" + language + ", " + p.codebook().paths().size() + " codes)");
        return 0;
    }
}
