package thema.coding;

import java.util.ArrayList;
import java.util.List;
import thema.project.FileKind;
import thema.project.FileKinds;
import thema.project.Project;
import thema.project.ProjectCheck;

/** The kinds of project file whose values are {@code thema.coding}'s, for the registry ({@link FileKinds}). */
public final class CodingFiles implements FileKinds.Provider {
    @Override
    public List<FileKind<?>> kinds() {
        return List.of(Themes.KIND, Decisions.KIND, Memos.KIND, History.KIND);
    }

    @Override
    public List<FileKinds.Audit> audits() {
        return List.of(CodingFiles::exclusiveGroups);
    }

    /** Codings that break an exclusive group (an import, a hand edit): each pair, under its coder's file. */
    private static List<ProjectCheck.Finding> exclusiveGroups(Project p) {
        List<ProjectCheck.Finding> out = new ArrayList<>();
        ExclusiveGroups exclusive = ExclusiveGroups.of(p.codebook());
        for (String c : p.coders()) {
            String file = p.dir().resolve(FileKinds.CODERS.relative(c)).toString();
            for (var x : exclusive.in(p.coder(c).codings())) {
                out.add(new ProjectCheck.Finding(file, x.describe(), ProjectCheck.Severity.ERROR, ProjectCheck.Topic.EXCLUSIVE_GROUP));
            }
        }
        return out;
    }
}
