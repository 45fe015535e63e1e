package thema.cli;

import java.util.List;
import picocli.CommandLine.Command;
import thema.coding.Decisions;
import thema.coding.ExclusiveGroups;
import thema.coding.Memos;
import thema.coding.Themes;
import thema.coding.reliability.Sample;
import thema.project.Document;
import thema.project.FileStamps;
import thema.project.Project;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the whole project: files, checksums of every transcript, codings against documents and codebook.")
final class CheckCommand extends ProjectCommand {
    private static final int MAX_LISTED = 20;

    @Override
    public Integer call() {
        // every file read and hashed: no file stamp stands for its bytes here
        Project p = FileStamps.hashingEverything(this::project);
        List<String> removed = p.removedTemps();
        if (!removed.isEmpty()) {
            out().println("Removed " + removed.size() + " temporary " + (removed.size() == 1 ? "file" : "files")
                    + " an interrupted save left: " + String.join(", ", removed));
        }
        long chars = 0;
        for (Document d : p.documents()) chars += d.text().length();
        int codings = 0;
        for (String c : p.coders()) codings += p.coder(c).codings().size();
        // the reliability pass's files, when there are any
        if (Sample.exists(p)) Sample.load(p);
        if (Decisions.exists(p)) Decisions.load(p, null);
        // the write-up's files
        Themes.load(p);
        for (String c : Memos.coders(p)) Memos.load(p, c);
        // codings that break an exclusive group (an import, a hand edit): each named, then a failing status
        int clashes = 0;
        var exclusive = ExclusiveGroups.of(p.codebook());
        for (String c : p.coders()) {
            for (var x : exclusive.in(p.coder(c).codings())) {
                if (clashes++ < MAX_LISTED) err().println("thema: " + p.dir().resolve(Project.CODINGS).resolve(c + ".yaml") + ": " + x.describe());
            }
        }
        // coders one person may have become twice before thema refused names that differ only in case
        var twins = p.coderCaseTwins();
        for (var t : twins) err().println("thema: coders '" + t.get(0) + "' and '" + t.get(1) + "' differ only in case: one coder under two names?");
        if (clashes == 0 && !twins.isEmpty()) return 1;
        if (clashes > 0) {
            if (clashes > MAX_LISTED) err().println("thema: ... and " + (clashes - MAX_LISTED) + " more");
            err().println("thema: " + clashes + (clashes == 1 ? " pair" : " pairs") + " of codings break an exclusive group; remove one of each (thema uncode)");
            return 1;
        }
        out().println("OK: " + p.documents().size() + " documents (" + chars + " characters), "
                + p.codebook().paths().size() + " codes, " + p.coders().size() + " coders, " + codings + " codings");
        return 0;
    }
}
