package thema.cli;

import thema.coding.CodebookEdits;

import java.util.List;
import picocli.CommandLine.Command;
import thema.project.FileStamps;
import thema.project.ProjectCheck;
import thema.project.ProjectCheck.Finding;
import thema.project.ProjectCheck.Severity;
import thema.project.ProjectCheck.Topic;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the whole project: files, checksums of every transcript, codings against documents and codebook.")
final class CheckCommand extends ProjectCommand {
    private static final int MAX_LISTED = 20;

    /** Prints what {@link thema.project.Project#check} found; the status is 1 when it found an error. */
    @Override
    public Integer call() {
        // every file read and hashed: no file stamp stands for its bytes here
        ProjectCheck c = FileStamps.hashingEverything(() -> project().check());
        List<String> removed = c.removedTemps();
        if (!removed.isEmpty()) {
            out().println("Removed " + removed.size() + " temporary " + (removed.size() == 1 ? "file" : "files")
                    + " an interrupted save left: " + String.join(", ", removed));
        }
        for (Finding f : c.about(Topic.FILE, Severity.NOTE)) out().println("Note: " + f.describe());
        List<Finding> files = c.about(Topic.FILE, Severity.ERROR);
        for (Finding f : files) err().println("thema: " + f.describe());
        if (!files.isEmpty()) return 1;
        // codings that break an exclusive group (an import, a hand edit): each named, then a failing status
        List<Finding> clashes = c.about(Topic.EXCLUSIVE_GROUP, Severity.ERROR);
        for (Finding f : clashes.subList(0, Math.min(MAX_LISTED, clashes.size()))) err().println("thema: " + f.describe());
        // coders one person may have become twice before thema refused names that differ only in case
        for (Finding f : c.about(Topic.CODER_NAMES, Severity.ERROR)) err().println("thema: " + f.describe());
        if (!clashes.isEmpty()) {
            if (clashes.size() > MAX_LISTED) err().println("thema: ... and " + (clashes.size() - MAX_LISTED) + " more");
            err().println("thema: " + clashes.size() + (clashes.size() == 1 ? " pair" : " pairs") + " of codings break an exclusive group; remove one of each (thema uncode)");
        }
        if (!c.ok()) return 1;
        out().println("OK: " + CodebookEdits.many(c.documents(), "document") + " (" + CodebookEdits.many(c.characters(), "character") + "), "
                + CodebookEdits.many(c.codes(), "code") + ", " + CodebookEdits.many(c.coders(), "coder") + ", " + CodebookEdits.many(c.codings(), "coding"));
        return 0;
    }
}
