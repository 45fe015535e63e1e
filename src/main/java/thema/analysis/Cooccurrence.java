package thema.analysis;

import thema.project.TableRow;
import thema.project.DocumentGroups;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import thema.project.Codebook;
import thema.project.Project;

/**
 * Crosses of codes. For codes a and b (neither an ancestor of the other) in the counted coding:
 * {@code segments} = segments of a that overlap a segment of b in the same document (share at
 * least one character); {@code documents} = documents with a segment of a and one of b. A
 * segment "of" a code is one with that code or a descendant.
 */
public final class Cooccurrence {
    public record Cell(String attribute, String value, String code, String with, int segments, int documents) implements TableRow {
        public static final List<String> COLUMNS = columns("documents");

        /** The columns, the last named for the units counted: documents or participants. */
        public static List<String> columns(String units) {
            return List.of("code", "with", "attribute", "value", "segments", units);
        }

        @Override
        public Map<String, Object> toRow() {
            return toRow("documents");
        }

        public Map<String, Object> toRow(String units) {
            return TableRow.of(columns(units), code, with, attribute, value, segments, documents);
        }
    }

    private Cooccurrence() {
    }

    /** Every ordered pair of {@code codes}, per group of documents, in the order of {@code codes}. */
    public static List<Cell> of(Project p, CountedCoding counted, DocumentGroups groups, List<String> codes) {
        return of(p, counted, CountingUnits.documents(p, counted, groups), codes);
    }

    /**
     * Every ordered pair of {@code codes}, per group of {@code units}: segments overlap within a
     * document (and count once in each group where the segment of the first code has a unit);
     * the cell's {@code documents} are the units with a segment of each, for participants across
     * all the documents they speak in.
     */
    public static List<Cell> of(Project p, CountedCoding counted, CountingUnits units, List<String> codes) {
        int k = codes.size();
        boolean[][] related = new boolean[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                related[i][j] = Codebook.isSelfOrDescendant(codes.get(i), codes.get(j)) || Codebook.isSelfOrDescendant(codes.get(j), codes.get(i));
            }
        }
        int n = units.groups().size();
        int[][][] segments = new int[n][k][k];
        int[][][] both = new int[n][k][k];
        Map<String, boolean[]> present = new LinkedHashMap<>();
        Map<String, Integer> groupOf = new HashMap<>();
        for (Map.Entry<String, List<CodedDocuments.Segment>> e : CodedDocuments.of(counted, codes).entrySet()) {
            List<CodedDocuments.Segment> segs = new ArrayList<>(e.getValue());
            BitSet[] overlapped = CodedDocuments.overlappedCodes(segs, k);
            for (int i = 0; i < segs.size(); i++) {
                CodedDocuments.Segment seg = segs.get(i);
                BitSet o = overlapped[i];
                Set<Integer> seen = new HashSet<>();
                units.forEachUnit(seg.coding(), (unit, g) -> {
                    groupOf.put(unit, g);
                    boolean[] has = present.computeIfAbsent(unit, u -> new boolean[k]);
                    for (int c : seg.codes()) has[c] = true;
                    if (!seen.add(g)) return;
                    for (int a : seg.codes()) {
                        for (int b = o.nextSetBit(0); b >= 0; b = o.nextSetBit(b + 1)) if (!related[a][b]) segments[g][a][b]++;
                    }
                });
            }
        }
        present.forEach((unit, has) -> {
            int g = groupOf.get(unit);
            for (int a = 0; a < k; a++) {
                if (!has[a]) continue;
                for (int b = 0; b < k; b++) if (has[b] && !related[a][b]) both[g][a][b]++;
            }
        });
        List<Cell> cells = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (related[a][b]) continue;
                for (int g = 0; g < n; g++) {
                    DocumentGroups.Group group = units.groups().get(g);
                    cells.add(new Cell(group.attribute(), group.value(), codes.get(a), codes.get(b), segments[g][a][b], both[g][a][b]));
                }
            }
        }
        return cells;
    }
}
