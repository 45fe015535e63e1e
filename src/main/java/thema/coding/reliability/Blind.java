package thema.coding.reliability;

import thema.coding.CoderFile;
import thema.coding.Coding;
import thema.project.Project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Blind coding: what a coder may see of the project's codings. Blind, a coder sees their
 * own codings and, of every other coder (the consensus coder too), only the codings on
 * documents they themselves have marked done; not blind, everything.
 */
public final class Blind {
    private Blind() {
    }

    /** Coder name to the codings {@code coder} may see, every coder with a codings file (and {@code coder}) listed. */
    public static Map<String, List<Coding>> visibleCodings(Project p, String coder, boolean blind) {
        Map<String, List<Coding>> out = new LinkedHashMap<>();
        CoderFile own = p.coder(coder);
        out.put(coder, own.codings());
        for (String other : p.coders()) {
            if (other.equals(coder)) continue;
            List<Coding> visible = new ArrayList<>();
            for (Coding c : p.coder(other).codings()) if (isVisible(own, c.doc(), blind)) visible.add(c);
            out.put(other, visible);
        }
        return out;
    }

    /** Whether another coder's work on {@code doc} may be shown to {@code coder}. */
    public static boolean othersVisible(Project p, String coder, String doc, boolean blind) {
        return isVisible(p.coder(coder), doc, blind);
    }

    private static boolean isVisible(CoderFile own, String doc, boolean blind) {
        return !blind || own.isDone(doc);
    }
}
