package thema.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.DocumentGroups;

/**
 * The reference for {@link Cooccurrence}, written from its definition and nothing shared with it:
 * every pair of segments in a document compared (O(n²)). The property test checks the sweep
 * against it; CooccurBench times it beside the sweep.
 */
public final class AllPairsCooccurrence {
    private AllPairsCooccurrence() {
    }

    public static List<Cooccurrence.Cell> of(CountedCoding counted, CountingUnits units, List<String> codes) {
        int k = codes.size(), n = units.groups().size();
        int[][][] segments = new int[n][k][k];
        Map<String, List<Coding>> byDoc = new LinkedHashMap<>();
        for (Coding c : counted.codings()) byDoc.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(c);
        Map<String, Set<Integer>> codesOfUnit = new HashMap<>();
        Map<String, Integer> groupOfUnit = new HashMap<>();
        for (List<Coding> segs : byDoc.values()) {
            for (int i = 0; i < segs.size(); i++) {
                Coding s = segs.get(i);
                Set<Integer> mine = countsFor(s, codes), theirs = new HashSet<>();
                for (int j = 0; j < segs.size(); j++) {
                    Coding t = segs.get(j);
                    if (j != i && s.start() < t.end() && t.start() < s.end()) theirs.addAll(countsFor(t, codes));
                }
                Set<Integer> groups = new HashSet<>();
                units.forEachUnit(s, (unit, g) -> {
                    groups.add(g);
                    groupOfUnit.put(unit, g);
                    codesOfUnit.computeIfAbsent(unit, u -> new HashSet<>()).addAll(mine);
                });
                for (int g : groups) for (int a : mine) for (int b : theirs) segments[g][a][b]++;
            }
        }
        List<Cooccurrence.Cell> cells = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                String ca = codes.get(a), cb = codes.get(b);
                if (Codebook.isSelfOrDescendant(ca, cb) || Codebook.isSelfOrDescendant(cb, ca)) continue;
                for (int g = 0; g < n; g++) {
                    int units2 = 0;
                    for (Map.Entry<String, Set<Integer>> e : codesOfUnit.entrySet()) {
                        if (groupOfUnit.get(e.getKey()) == g && e.getValue().contains(a) && e.getValue().contains(b)) units2++;
                    }
                    DocumentGroups.Group group = units.groups().get(g);
                    cells.add(new Cooccurrence.Cell(group.attribute(), group.value(), ca, cb, segments[g][a][b], units2));
                }
            }
        }
        return cells;
    }

    /** The indexes of the codes {@code c} counts for: its own and its ancestors among {@code codes}. */
    private static Set<Integer> countsFor(Coding c, List<String> codes) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) if (Codebook.isSelfOrDescendant(c.code(), codes.get(i))) out.add(i);
        return out;
    }
}
