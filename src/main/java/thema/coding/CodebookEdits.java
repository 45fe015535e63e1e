package thema.coding;

import thema.project.Changes;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.CoderFile;
import thema.project.FileKinds;
import thema.project.Project;
import thema.project.ThemaException;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Changes to the codebook. Renaming or moving a code rewrites every coding that uses it
 * (in every coder's file) in the same atomic step, and is one undo step of the editor.
 */
public final class CodebookEdits {
    private CodebookEdits() {
    }

    public static String add(Project p, String editor, String parentPath, Code code) {
        return p.write(ch -> {
            String parent = parentPath == null || parentPath.isBlank() ? null : p.codebook().resolve(parentPath);
            String path = parent == null ? code.name.strip() : parent + "/" + code.name.strip();
            if (p.codebook().contains(path)) throw new ThemaException("code '" + path + "' already exists");
            Codebook next = p.codebook().add(parent, code);
            stage(p, ch, editor, "new code " + path, next, null, null);
            return path;
        });
    }

    public static String rename(Project p, String editor, String path, String newName) {
        return p.write(ch -> {
            String from = p.codebook().resolve(path);
            String parent = p.codebook().parentOf(from).orElse(null);
            String to = parent == null ? newName.strip() : parent + "/" + newName.strip();
            if (p.codebook().contains(to)) throw new ThemaException("code '" + to + "' already exists");
            stage(p, ch, editor, "rename " + from, p.codebook().rename(from, newName.strip()), from, to);
            return to;
        });
    }

    public static String move(Project p, String editor, String path, String newParent) {
        return p.write(ch -> {
            String from = p.codebook().resolve(path);
            String parent = newParent == null || newParent.isBlank() ? null : p.codebook().resolve(newParent);
            String to = parent == null ? Codebook.nameOf(from) : parent + "/" + Codebook.nameOf(from);
            if (p.codebook().contains(to)) throw new ThemaException("code '" + to + "' already exists");
            stage(p, ch, editor, "move " + from, p.codebook().move(from, parent), from, to);
            return to;
        });
    }

    private static void stage(Project p, Changes ch, String editor, String label, Codebook next, String from, String to) {
        ch.codebook(next);
        if (from != null) {
            // every file of every kind that names codes follows, the coders' codings among them
            p.stageRepath(ch, from, to);
            ExclusiveGroups before = ExclusiveGroups.of(p.codebook()), after = ExclusiveGroups.of(next);
            for (String coder : p.coders()) {
                CoderFile moved = ch.staged(FileKinds.CODERS, coder).orElse(p.coder(coder));
                // a code moved into an exclusive group becomes an alternative: refuse when that makes codings clash
                List<ExclusiveGroups.Clash> clashes = after.in(moved.codings());
                if (clashes.size() > before.in(p.coder(coder).codings()).size()) {
                    throw new ThemaException(label + " to " + to + " would break an exclusive group in " + coder + "'s codings: "
                            + clashes.get(0).describe());
                }
            }
        }
        Change change = Change.codebook(new String(p.codebook().toYaml(), StandardCharsets.UTF_8),
                new String(next.toYaml(), StandardCharsets.UTF_8), from, to);
        History.record(p, ch, editor, label, List.of(change));
    }
}
