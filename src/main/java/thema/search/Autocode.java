package thema.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import thema.coding.Codings;
import thema.coding.ExclusiveGroups;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.Text;
import thema.project.Turn;

/**
 * Codes every hit of a query, widened to the unit the researcher chooses: the hit itself, its
 * sentence, or its turn. Passages the coder already coded with that code are skipped; the rest
 * are saved as one undo step.
 */
public final class Autocode {
    public enum Unit { hit, sentence, turn }

    /** A planned coding and the text it covers. */
    public record Planned(Coding coding, int turn, String text) {
    }

    private Autocode() {
    }

    /** The codings a run would add (none saved). */
    public static List<Planned> plan(TurnIndex index, String query, String coder, String code, Unit unit) {
        Project p = index.project();
        String path = p.codebook().resolve(code);
        Map<String, Planned> out = new LinkedHashMap<>();
        List<Coding> existing = p.coder(coder).codings();
        String now = Coding.now();
        for (Hit h : Search.run(index, query, Search.Options.all()).hits()) {
            Document d = p.document(h.doc());
            Turn t = d.turn(h.turn());
            int[] span = span(p, h, unit);
            boolean covered = existing.stream().anyMatch(c -> c.doc().equals(d.id()) && c.code().equals(path) && c.start() <= span[0] && span[1] <= c.end());
            if (covered) continue;
            Coding c = new Coding(d.id(), span[0], span[1], path, coder, now);
            out.putIfAbsent(d.id() + ":" + span[0] + ":" + span[1], new Planned(c, t.n(), d.text().substring(span[0], span[1])));
        }
        List<Planned> planned = new ArrayList<>(out.values());
        ExclusiveGroups.of(p.codebook()).refuse(coder, existing, planned.stream().map(Planned::coding).toList());
        return planned;
    }

    /** Codes the planned passages as one undo step; returns how many were added. */
    public static int apply(Project p, String coder, String query, List<Planned> planned) {
        if (planned.isEmpty()) return 0;
        return Codings.add(p, coder, planned.stream().map(Planned::coding).toList(), "autocode " + query).size();
    }

    /**
     * What of a hit is coded as {@code unit}: the bare hit, its sentence(s) or its turn, in code
     * points; the one rule for autocode and for coding a hit in the workbench.
     */
    public static int[] span(Project p, Hit h, Unit unit) {
        Document d = p.document(h.doc());
        Turn t = d.turn(h.turn());
        return switch (unit) {
            case hit -> new int[]{h.start(), h.end()};
            case turn -> new int[]{t.body(), t.end()};
            case sentence -> sentence(d, t, h.start(), h.end(), p.locale());
        };
    }

    /** The sentence (or sentences) of turn {@code t} around [start, end), in code points. */
    static int[] sentence(Document d, Turn t, int start, int end, Locale locale) {
        Text text = d.text();
        String s = text.string();
        int lo = text.toChar(t.body()), hi = text.toChar(t.end());
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(s.substring(lo, hi));
        int from = text.toChar(start) - lo, to = text.toChar(end) - lo;
        int a = it.isBoundary(from) ? from : it.preceding(from);
        int b = it.isBoundary(to) ? to : it.following(to);
        if (a == BreakIterator.DONE) a = 0;
        if (b == BreakIterator.DONE) b = hi - lo;
        while (b > a && Character.isWhitespace(s.charAt(lo + b - 1))) b--;
        return new int[]{text.toCodePoint(lo + a), text.toCodePoint(lo + b)};
    }
}
