package thema.coding;

import thema.project.Codebook;
import thema.project.Coding;
import thema.project.ThemaException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule of exclusive groups: the children of a code marked {@code exclusive} are mutually
 * exclusive alternatives, so one coder never puts two of them on the same text (two segments
 * that share a character). Every way of adding codings (code, batch, autocode, the workbench,
 * a consensus decision) is checked here; {@code check} and {@code agree} list what an import
 * or a hand edit left behind.
 */
public final class ExclusiveGroups {
    /** Two codings of one coder that put two alternatives of {@code group} on the same text. */
    public record Clash(String group, Coding first, Coding second) {
        /** "communication/one-way [10, 40) and communication/two-way [20, 60) on t01 overlap, but 'communication' is exclusive". */
        public String describe() {
            return first.code() + " " + span(first) + " and " + second.code() + " " + span(second) + " on " + first.doc()
                    + " overlap, but their group '" + group + "' is exclusive (its codes are alternatives)";
        }
    }

    /** Per code path: the exclusive groups it is an alternative in, with the alternative (a child of the group). */
    private final Map<String, List<String[]>> alternatives = new HashMap<>();

    private ExclusiveGroups(Codebook codebook) {
        List<String> groups = codebook.exclusiveGroups();
        if (groups.isEmpty()) return;
        for (String path : codebook.paths()) {
            List<String[]> in = new ArrayList<>();
            for (String g : groups) codebook.alternativeIn(g, path).ifPresent(alt -> in.add(new String[]{g, alt}));
            if (!in.isEmpty()) alternatives.put(path, in);
        }
    }

    public static ExclusiveGroups of(Codebook codebook) {
        return new ExclusiveGroups(codebook);
    }

    /** The exclusive group in which codes {@code a} and {@code b} are different alternatives, if any. */
    public Optional<String> groupSeparating(String a, String b) {
        List<String[]> x = alternatives.get(a), y = alternatives.get(b);
        if (x == null || y == null) return Optional.empty();
        for (String[] gx : x) {
            for (String[] gy : y) if (gx[0].equals(gy[0]) && !gx[1].equals(gy[1])) return Optional.of(gx[0]);
        }
        return Optional.empty();
    }

    /** The codings among {@code existing} that {@code c} would clash with (same document, shared text, another alternative). */
    public List<Clash> clashes(Coding c, Collection<Coding> existing) {
        List<Clash> out = new ArrayList<>();
        if (!alternatives.containsKey(c.code())) return out;
        for (Coding e : existing) {
            if (!e.overlaps(c.doc(), c.start(), c.end())) continue;
            groupSeparating(e.code(), c.code()).ifPresent(g -> out.add(new Clash(g, e, c)));
        }
        return out;
    }

    /**
     * Refuses {@code added} (codes as exact paths) when one of them clashes with the coder's
     * {@code existing} codings or with another of {@code added}: one line naming both codings.
     */
    public void refuse(String coder, Collection<Coding> existing, Collection<Coding> added) {
        if (alternatives.isEmpty()) return;
        // only the documents coded now: one coding in a 200,000-coding project looks at its own document's
        Map<String, List<Coding>> byDoc = new HashMap<>();
        for (Coding c : added) if (alternatives.containsKey(c.code())) byDoc.putIfAbsent(c.doc(), new ArrayList<>());
        if (byDoc.isEmpty()) return;
        for (Coding c : existing) {
            List<Coding> here = byDoc.get(c.doc());
            if (here != null && alternatives.containsKey(c.code())) here.add(c);
        }
        for (Coding c : added) {
            if (!alternatives.containsKey(c.code())) continue;
            List<Coding> here = byDoc.get(c.doc());
            List<Clash> found = clashes(c, here);
            if (!found.isEmpty()) {
                Clash x = found.get(0);
                throw new ThemaException("coder '" + coder + "' has " + x.first().code() + " " + span(x.first()) + " on " + c.doc()
                        + ", which " + x.second().code() + " " + span(x.second()) + " would overlap: '" + x.group()
                        + "' is exclusive, its codes are alternatives (remove one first)");
            }
            here.add(c);
        }
    }

    /** Every clash in one coder's codings, in document and text order. */
    public List<Clash> in(Collection<Coding> codings) {
        List<Clash> out = new ArrayList<>();
        if (alternatives.isEmpty()) return out;
        Map<String, List<Coding>> byDoc = new HashMap<>();
        for (Coding c : codings) if (alternatives.containsKey(c.code())) byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c);
        List<String> docs = new ArrayList<>(byDoc.keySet());
        docs.sort(Comparator.naturalOrder());
        for (String doc : docs) {
            List<Coding> list = byDoc.get(doc);
            list.sort(Coding.ORDER);
            // sweep in start order: only segments that started before this one ends can overlap it
            for (int i = 0; i < list.size(); i++) {
                Coding a = list.get(i);
                for (int j = i + 1; j < list.size() && list.get(j).start() < a.end(); j++) {
                    Coding b = list.get(j);
                    groupSeparating(a.code(), b.code()).ifPresent(g -> out.add(new Clash(g, a, b)));
                }
            }
        }
        return out;
    }

    private static String span(Coding c) {
        return "[" + c.start() + ", " + c.end() + ")";
    }
}
