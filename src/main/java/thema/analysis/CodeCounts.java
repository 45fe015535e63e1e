package thema.analysis;

import thema.project.TableRow;
import thema.project.DocumentGroups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Project;

/**
 * Code counts per coder and document group. For each code path: {@code segments} = codings
 * with exactly that code; {@code segmentsTotal} = codings with that code or a descendant;
 * {@code documents} = documents with at least one such coding; {@code documentsInGroup} = the
 * counted documents of the row's group (the n in "k of n"). A segment is one coding.
 */
public final class CodeCounts {
    public record Row(String code, int depth, String attribute, String value,
                      int segments, int segmentsTotal, int documents, int documentsInGroup) implements TableRow {
        public static final List<String> COLUMNS = columns("documents");

        /** The columns, the last two named for what k of n counts: documents or participants. */
        public static List<String> columns(String units) {
            return List.of("code", "attribute", "value", "segments", "segments_total", units, units + "_in_group");
        }

        @Override
        public Map<String, Object> toRow() {
            return toRow("documents");
        }

        /** The row with the units of k of n named: {@code documents} or {@code participants}. */
        public Map<String, Object> toRow(String units) {
            return TableRow.of(columns(units), code, attribute, value, segments, segmentsTotal, documents, documentsInGroup);
        }
    }

    private CodeCounts() {
    }

    /** Rows in codebook order, each code's groups together; n is the group's counted documents. */
    public static List<Row> of(Project p, CountedCoding counted, DocumentGroups groups) {
        return of(p, counted, CountingUnits.documents(p, counted, groups));
    }

    /**
     * Rows in codebook order, each code's groups together, counting {@code units} (documents or
     * participants: the row's {@code documents} and {@code documentsInGroup} are then those
     * units). A segment counts once in each group where it has a unit.
     */
    public static List<Row> of(Project p, CountedCoding counted, CountingUnits units) {
        Codebook cb = p.codebook();
        List<String> paths = cb.paths();
        List<Row> rows = new ArrayList<>();
        int n = units.groups().size();
        List<Map<String, int[]>> exact = new ArrayList<>();
        List<Map<String, int[]>> total = new ArrayList<>();
        List<Map<String, Set<String>>> unitsWith = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            exact.add(new HashMap<>());
            total.add(new HashMap<>());
            unitsWith.add(new HashMap<>());
        }
        for (Coding c : counted.codings()) {
            Set<Integer> seen = new HashSet<>();
            List<String> ancestors = Codebook.selfAndAncestors(c.code());
            units.forEachUnit(c, (unit, g) -> {
                if (seen.add(g)) {
                    exact.get(g).computeIfAbsent(c.code(), k -> new int[1])[0]++;
                    for (String path : ancestors) total.get(g).computeIfAbsent(path, k -> new int[1])[0]++;
                }
                for (String path : ancestors) unitsWith.get(g).computeIfAbsent(path, k -> new HashSet<>()).add(unit);
            });
        }
        for (String path : paths) {
            for (int g = 0; g < n; g++) {
                DocumentGroups.Group group = units.groups().get(g);
                rows.add(new Row(path, cb.depth(path), group.attribute(), group.value(),
                        get(exact.get(g), path), get(total.get(g), path),
                        unitsWith.get(g).getOrDefault(path, Set.of()).size(), units.counted(g)));
            }
        }
        return rows;
    }

    private static int get(Map<String, int[]> m, String key) {
        int[] v = m.get(key);
        return v == null ? 0 : v[0];
    }
}
