package thema.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import thema.coding.Themes;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.DocumentGroups;
import thema.project.Project;

/**
 * The thematic map: for each theme and each of its codes, the segments and the "k of n"
 * documents, overall or per attribute group, counted as the counts command counts them. A
 * theme's segments are the distinct segments of any of its codes (or their descendants, or its
 * sub-themes' codes), each counted once; its documents are those with at least one of them.
 */
public final class ThematicMap {
    public record CodeRow(String code, String value, int segmentsTotal, int documents, int documentsInGroup) {
    }

    public record ThemeRow(Themes.Theme theme, int depth, String value, int segments, int documents, int documentsInGroup, List<CodeRow> codes) {
    }

    private ThematicMap() {
    }

    public static List<ThemeRow> of(Project p, Themes themes, CountedCoding counted, DocumentGroups groups) {
        return of(p, themes, counted, CountingUnits.documents(p, counted, groups));
    }

    /** Counting {@code units}: documents, or participants (a row's documents are then participants). */
    public static List<ThemeRow> of(Project p, Themes themes, CountedCoding counted, CountingUnits units) {
        List<CodeCounts.Row> counts = CodeCounts.of(p, counted, units);
        List<ThemeRow> out = new ArrayList<>();
        walk(themes.themes, 0, counted, units, counts, out);
        return out;
    }

    private static void walk(List<Themes.Theme> list, int depth, CountedCoding counted, CountingUnits units, List<CodeCounts.Row> counts, List<ThemeRow> out) {
        int n = units.groups().size();
        for (Themes.Theme t : list) {
            List<String> codes = t.allCodes();
            int[] segments = new int[n];
            List<Set<String>> with = new ArrayList<>();
            for (int g = 0; g < n; g++) with.add(new HashSet<>());
            for (Coding c : counted.codings()) {
                if (codes.stream().noneMatch(code -> Codebook.isSelfOrDescendant(c.code(), code))) continue;
                Set<Integer> seen = new HashSet<>();
                units.forEachUnit(c, (unit, g) -> {
                    if (seen.add(g)) segments[g]++;
                    with.get(g).add(unit);
                });
            }
            for (int g = 0; g < n; g++) {
                DocumentGroups.Group group = units.groups().get(g);
                List<CodeRow> rows = new ArrayList<>();
                for (String code : t.codes) {
                    CodeCounts.Row r = counts.stream().filter(x -> x.code().equals(code) && x.value().equals(group.value())).findFirst().orElseThrow();
                    rows.add(new CodeRow(code, group.value(), r.segmentsTotal(), r.documents(), r.documentsInGroup()));
                }
                out.add(new ThemeRow(t, depth, group.value(), segments[g], with.get(g).size(), units.counted(g), rows));
            }
            walk(t.themes, depth + 1, counted, units, counts, out);
        }
    }
}
