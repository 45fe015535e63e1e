package thema.coding.reliability;

import thema.project.Coding;
import thema.project.Project;
import thema.project.ThemaException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Blind coding: what a coder may see of the project's codings. Blind, a coder sees their own
 * codings and nothing of any other coder (the consensus coder too), on any document and in
 * anything derived from codings (lists, search filters, hit counts, counts, extracts); not
 * blind, everything. Marking a document done does not lift it: done can be undone, so a peek
 * at the other coder's work could flow back into the blind coding. The command line
 * ({@code codings --blind}, {@code search --blind}) and the workbench ({@code tui --blind})
 * ask this class.
 */
public final class Blind {
    private Blind() {
    }

    /** Coder name to the codings {@code coder} may see, every coder with a codings file (and {@code coder}) listed. */
    public static Map<String, List<Coding>> visibleCodings(Project p, String coder, boolean blind) {
        Map<String, List<Coding>> out = new LinkedHashMap<>();
        out.put(coder, p.coder(coder).codings());
        for (String other : p.coders()) {
            if (other.equals(coder)) continue;
            out.put(other, mayShow(coder, other, blind) ? p.coder(other).codings() : List.of());
        }
        return out;
    }

    /** Whether {@code viewer} may see what {@code other} coded (their own work always; another coder's only when not blind). */
    public static boolean mayShow(String viewer, String other, boolean blind) {
        return !blind || viewer.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
    }

    /** Refuses a request for another coder's work in blind mode: one line saying why. */
    public static void check(String viewer, String other, boolean blind) {
        if (!mayShow(viewer, other, blind)) {
            throw new ThemaException("blind mode shows " + viewer + "'s own codings only, not " + other + "'s");
        }
    }
}
