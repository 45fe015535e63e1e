package thema.cli;

import thema.project.ThemaException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file a command writes its result to (report, debriefing record, export). Its folder must
 * exist: a mistyped path must not make folders (run as root, it made one at /).
 */
final class OutputFile {
    private OutputFile() {
    }

    /** The path, checked before any work is done; a missing folder or a folder given as the file is bad input. */
    static Path checked(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) throw new ThemaException(out + ": is a folder; give the name of the file to write");
        Path folder = abs.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ThemaException(out + ": folder " + folder + " does not exist (thema does not create it)");
        }
        return out;
    }
}
