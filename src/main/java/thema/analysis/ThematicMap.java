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
        List<CodeCounts.Row> counts = CodeCounts.of(p, counted, groups);
        List<ThemeRow> out = new ArrayList<>();
        walk(themes.themes, 0, counted, groups, counts, out);
        return out;
    }

    private static void walk(List<Themes.Theme> list, int depth, CountedCoding counted, DocumentGroups groups, List<CodeCounts.Row> counts, List<ThemeRow> out) {
        for (Themes.Theme t : list) {
            List<String> codes = t.allCodes();
            for (DocumentGroups.Group g : groups.groups()) {
                int segments = 0;
                Set<String> docs = new HashSet<>();
                for (Coding c : counted.codings()) {
                    if (!g.documents().contains(c.doc())) continue;
                    if (codes.stream().anyMatch(code -> Codebook.isSelfOrDescendant(c.code(), code))) {
                        segments++;
                        docs.add(c.doc());
                    }
                }
                List<CodeRow> rows = new ArrayList<>();
                for (String code : t.codes) {
                    CodeCounts.Row r = counts.stream().filter(x -> x.code().equals(code) && x.value().equals(g.value())).findFirst().orElseThrow();
                    rows.add(new CodeRow(code, g.value(), r.segmentsTotal(), r.documents(), r.documentsInGroup()));
                }
                out.add(new ThemeRow(t, depth, g.value(), segments, docs.size(), counted.countedAmong(g.documents()), rows));
            }
            walk(t.themes, depth + 1, counted, groups, counts, out);
        }
    }
}
