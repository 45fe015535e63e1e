package thema.cli;

import java.util.List;
import picocli.CommandLine.Command;
import thema.project.Document;
import thema.project.Project;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the whole project: files, checksums of every transcript, codings against documents and codebook.")
final class CheckCommand extends ProjectCommand {
    @Override
    public Integer call() {
        Project p = project();
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
        if (thema.coding.reliability.Sample.exists(p)) thema.coding.reliability.Sample.load(p);
        if (thema.coding.reliability.Decisions.exists(p)) thema.coding.reliability.Decisions.load(p, null);
        // the write-up's files
        thema.coding.Themes.load(p);
        for (String c : thema.coding.Memos.coders(p)) thema.coding.Memos.load(p, c);
        out().println("OK: " + p.documents().size() + " documents (" + chars + " characters), "
                + p.codebook().paths().size() + " codes, " + p.coders().size() + " coders, " + codings + " codings");
        return 0;
    }
}
