package thema.analysis;

import java.util.ArrayList;
import java.util.List;
import thema.project.Project;
import thema.project.ThemaException;

/**
 * Whose codings a count uses: the coder asked for; else the consensus coding when the team
 * has made one; else every coder, each counted apart (two coders are never merged into one number).
 */
public final class CountedCoders {
    public static final String CONSENSUS = "consensus";

    private CountedCoders() {
    }

    public static List<String> choose(Project p, String coder) {
        if (coder != null) {
            if (!p.hasCoder(coder)) {
                throw new ThemaException("no codings by coder '" + coder + "' in " + p.dir()
                        + (p.coders().isEmpty() ? " (nobody has coded yet)" : " (coders: " + String.join(", ", p.coders()) + ")"));
            }
            return List.of(coder);
        }
        if (p.hasCoder(CONSENSUS)) return List.of(CONSENSUS);
        return new ArrayList<>(p.coders());
    }
}
