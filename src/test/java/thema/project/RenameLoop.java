package thema.project;

import java.nio.file.Path;
import thema.coding.CodebookEdits;

/** A child process for the concurrent-reader test: renames a code back and forth, printing each count. */
public final class RenameLoop {
    public static void main(String[] args) {
        Project p = Project.open(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) CodebookEdits.rename(p, "editor", "care decisions/process", "steps");
            else CodebookEdits.rename(p, "editor", "care decisions/steps", "process");
            System.out.println(i + 1);
            System.out.flush();
            try {
                Thread.sleep(5); // a pause between renames, as between a researcher's edits: readers get their turn at the lock
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
