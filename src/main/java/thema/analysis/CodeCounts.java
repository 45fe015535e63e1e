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
        public static final List<String> COLUMNS = List.of("code", "attribute", "value", "segments", "segments_total", "documents", "documents_in_group");

        @Override
        public Map<String, Object> toRow() {
            return TableRow.of(COLUMNS, code, attribute, value, segments, segmentsTotal, documents, documentsInGroup);
        }
    }

    private CodeCounts() {
    }

    /** Rows in codebook order, each code's groups together; n is the group's counted documents. */
    public static List<Row> of(Project p, CountedCoding counted, DocumentGroups groups) {
        Codebook cb = p.codebook();
        List<String> paths = cb.paths();
        List<Row> rows = new ArrayList<>();
        int n = groups.groups().size();
        List<Map<String, int[]>> exact = new ArrayList<>();
        List<Map<String, int[]>> total = new ArrayList<>();
        List<Map<String, Set<String>>> docs = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            exact.add(new HashMap<>());
            total.add(new HashMap<>());
            docs.add(new HashMap<>());
        }
        int[] inGroup = new int[n];
        for (int g = 0; g < n; g++) inGroup[g] = counted.countedAmong(groups.groups().get(g).documents());
        for (Coding c : counted.codings()) {
            int g = groups.indexOf(c.doc());
            exact.get(g).computeIfAbsent(c.code(), k -> new int[1])[0]++;
            for (String path : Codebook.selfAndAncestors(c.code())) {
                total.get(g).computeIfAbsent(path, k -> new int[1])[0]++;
                docs.get(g).computeIfAbsent(path, k -> new HashSet<>()).add(c.doc());
            }
        }
        for (String path : paths) {
            for (int g = 0; g < n; g++) {
                DocumentGroups.Group group = groups.groups().get(g);
                rows.add(new Row(path, cb.depth(path), group.attribute(), group.value(),
                        get(exact.get(g), path), get(total.get(g), path),
                        docs.get(g).getOrDefault(path, Set.of()).size(), inGroup[g]));
            }
        }
        return rows;
    }

    private static int get(Map<String, int[]> m, String key) {
        int[] v = m.get(key);
        return v == null ? 0 : v[0];
    }
}
