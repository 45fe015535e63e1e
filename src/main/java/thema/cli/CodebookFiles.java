package thema.cli;

import thema.coding.Codebook;
import thema.project.ThemaException;

import java.nio.file.Path;

/** Reads a codebook file a user names, by its extension. */
final class CodebookFiles {
    private CodebookFiles() {
    }

    static Codebook read(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        if (n.endsWith(".yaml") || n.endsWith(".yml")) return Codebook.read(file);
        if (n.endsWith(".qdc")) return thema.interchange.Qdc.read(file);
        throw new ThemaException(file + ": unsupported codebook file (expected .yaml or a REFI-QDA .qdc)");
    }
}
