package thema.coding;

import thema.project.Changes;
import thema.project.Project;

/**
 * Every project file besides the codings that names code paths. A rename or move of a code (and
 * its undo) stages them all in the same atomic step, so no file is left naming a code that is gone.
 */
public final class CodePathReferences {
    private CodePathReferences() {
    }

    public static void stageRepath(Project p, Changes ch, String from, String to) {
        Decisions.stageRepath(p, ch, from, to);
        Themes.stageRepath(p, ch, from, to);
        Memos.stageRepath(p, ch, from, to);
    }
}
