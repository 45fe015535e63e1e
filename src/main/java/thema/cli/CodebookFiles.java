package thema.cli;

import thema.interchange.Qdc;
import thema.project.Codebook;
import thema.project.ThemaException;
import thema.project.Yaml;

import java.nio.file.Path;

/** Reads a codebook file a user names, by its extension. */
final class CodebookFiles {
    private CodebookFiles() {
    }

    /**
     * The codebook.yaml a new project starts with: a .yaml file's own bytes once they validate
     * (its comments and layout are the researcher's), a .qdc converted.
     */
    static byte[] yaml(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            byte[] bytes = Yaml.bytes(file);
            Codebook.parse(file.toString(), bytes);
            return bytes;
        }
        if (n.endsWith(".qdc")) return Qdc.read(file).toYaml();
        throw new ThemaException(file + ": unsupported codebook file (expected .yaml or a REFI-QDA .qdc)");
    }
}
