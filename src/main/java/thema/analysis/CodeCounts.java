package thema.analysis;

import thema.coding.Codebook;
import thema.coding.Coding;
import thema.project.Project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts per code path for one coder: {@code segments} (codings with exactly that code),
 * {@code segmentsTotal} (that code or a descendant) and {@code documents} (documents with at
 * least one segment of the code or a descendant).
 */
public final class CodeCounts {
    public record Row(String code, int depth, int segments, int segmentsTotal, int documents) {
    }

    private CodeCounts() {
    }

    public static List<Row> of(Project p, String coder) {
        return of(p.codebook(), p.coder(coder).codings());
    }

    public static List<Row> of(Codebook cb, List<Coding> codings) {
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Set<String>> docs = new HashMap<>();
        for (Coding c : codings) {
            exact.merge(c.code(), 1, Integer::sum);
            // roll up: the code itself and every ancestor
            String path = c.code();
            while (true) {
                total.merge(path, 1, Integer::sum);
                docs.computeIfAbsent(path, k -> new HashSet<>()).add(c.doc());
                int slash = path.lastIndexOf('/');
                if (slash < 0) break;
                path = path.substring(0, slash);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String path : cb.paths()) {
            rows.add(new Row(path, cb.depth(path), exact.getOrDefault(path, 0), total.getOrDefault(path, 0),
                    docs.getOrDefault(path, Set.of()).size()));
        }
        return rows;
    }
}
