package thema.analysis;

import thema.project.TableRow;
import thema.project.DocumentGroups;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import thema.project.Codebook;
import thema.project.Project;
import thema.project.ThemaException;

/**
 * How each code's segments split over the alternatives of an exclusive group (one-way versus
 * two-way communication): a segment of the code counts for every alternative it overlaps, and
 * for {@value #NONE} when it overlaps none. A segment coded with an alternative under the code
 * (care/communication/one-way in the row of care) counts for that alternative.
 */
public final class ExclusiveSplit {
    public static final String NONE = "(none)";

    public record Cell(String attribute, String value, String code, String alternative, int segments) implements TableRow {
        public static final List<String> COLUMNS = List.of("code", "attribute", "value", "alternative", "segments");

        @Override
        public Map<String, Object> toRow() {
            return TableRow.of(COLUMNS, code, attribute, value, alternative, segments);
        }
    }

    private ExclusiveSplit() {
    }

    /** The alternatives of {@code group}, then {@value #NONE}. */
    public static List<String> columns(Codebook cb, String group) {
        List<String> cols = new ArrayList<>(cb.childrenOf(group));
        cols.add(NONE);
        return cols;
    }

    public static List<Cell> of(Project p, CountedCoding counted, DocumentGroups groups, String group) {
        Codebook cb = p.codebook();
        if (!cb.get(group).exclusive) {
            throw new ThemaException("code '" + group + "' is not an exclusive group"
                    + (cb.exclusiveGroups().isEmpty() ? " (the codebook has none)" : " (exclusive groups: " + String.join(", ", cb.exclusiveGroups()) + ")"));
        }
        List<String> alternatives = cb.childrenOf(group);
        List<String> codes = new ArrayList<>();
        for (String path : cb.paths()) if (!Codebook.isSelfOrDescendant(path, group)) codes.add(path);
        List<String> all = new ArrayList<>(codes);
        all.addAll(alternatives);
        int k = codes.size(), m = alternatives.size();
        int n = groups.groups().size();
        List<Cell> cells = new ArrayList<>();
        int[][][] counts = new int[n][k][m + 1];
        for (Map.Entry<String, List<CodedDocuments.Segment>> e : CodedDocuments.of(counted, all).entrySet()) {
            int g = groups.indexOf(e.getKey());
            List<CodedDocuments.Segment> segs = new ArrayList<>(e.getValue());
            BitSet[] overlapped = CodedDocuments.overlappedCodes(segs, all.size());
            for (int i = 0; i < segs.size(); i++) {
                CodedDocuments.Segment s = segs.get(i);
                boolean[] hit = new boolean[m];
                boolean any = false;
                for (int j = 0; j < m; j++) {
                    // a segment that is itself an alternative counts for it in its ancestors' rows
                    if (overlapped[i].get(k + j) || s.countsFor(k + j)) {
                        hit[j] = true;
                        any = true;
                    }
                }
                for (int c : s.codes()) {
                    if (c >= k) continue;
                    for (int j = 0; j < m; j++) if (hit[j]) counts[g][c][j]++;
                    if (!any) counts[g][c][m]++;
                }
            }
        }
        for (int c = 0; c < k; c++) {
            for (int g = 0; g < n; g++) {
                DocumentGroups.Group grp = groups.groups().get(g);
                for (int j = 0; j <= m; j++) {
                    cells.add(new Cell(grp.attribute(), grp.value(), codes.get(c), j < m ? alternatives.get(j) : NONE, counts[g][c][j]));
                }
            }
        }
        return cells;
    }
}
