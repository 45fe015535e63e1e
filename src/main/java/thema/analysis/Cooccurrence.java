package thema.analysis;

import thema.project.TableRow;
import thema.project.DocumentGroups;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import thema.project.Codebook;

/**
 * Crosses of codes. For codes a and b (neither an ancestor of the other) in the counted coding:
 * {@code segments} = segments of a that overlap a segment of b in the same document (share at
 * least one character); {@code documents} = documents with a segment of a and one of b. A
 * segment "of" a code is one with that code or a descendant.
 */
public final class Cooccurrence {
    public record Cell(String attribute, String value, String code, String with, int segments, int documents) implements TableRow {
        public static final List<String> COLUMNS = List.of("code", "with", "attribute", "value", "segments", "documents");

        @Override
        public Map<String, Object> toRow() {
            return TableRow.of(COLUMNS, code, with, attribute, value, segments, documents);
        }
    }

    private Cooccurrence() {
    }

    /** Every ordered pair of {@code codes}, per group, in the order of {@code codes}. */
    public static List<Cell> of(CountedCoding counted, DocumentGroups groups, List<String> codes) {
        int k = codes.size();
        boolean[][] related = new boolean[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                related[i][j] = Codebook.isSelfOrDescendant(codes.get(i), codes.get(j)) || Codebook.isSelfOrDescendant(codes.get(j), codes.get(i));
            }
        }
        List<Cell> cells = new ArrayList<>();
        int n = groups.groups().size();
        int[][][] segments = new int[n][k][k];
        int[][][] documents = new int[n][k][k];
        for (Map.Entry<String, List<CodedDocuments.Segment>> e : CodedDocuments.of(counted, codes).entrySet()) {
            int g = groups.indexOf(e.getKey());
            List<CodedDocuments.Segment> segs = new ArrayList<>(e.getValue());
            boolean[] present = new boolean[k];
            for (CodedDocuments.Segment s : segs) for (int c : s.codes()) present[c] = true;
            BitSet[] overlapped = CodedDocuments.overlappedCodes(segs, k);
            for (int i = 0; i < segs.size(); i++) {
                BitSet o = overlapped[i];
                for (int a : segs.get(i).codes()) {
                    for (int b = o.nextSetBit(0); b >= 0; b = o.nextSetBit(b + 1)) if (!related[a][b]) segments[g][a][b]++;
                }
            }
            for (int a = 0; a < k; a++) {
                if (!present[a]) continue;
                for (int b = 0; b < k; b++) if (present[b] && !related[a][b]) documents[g][a][b]++;
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (related[a][b]) continue;
                for (int g = 0; g < n; g++) {
                    DocumentGroups.Group group = groups.groups().get(g);
                    cells.add(new Cell(group.attribute(), group.value(), codes.get(a), codes.get(b),
                            segments[g][a][b], documents[g][a][b]));
                }
            }
        }
        return cells;
    }
}
