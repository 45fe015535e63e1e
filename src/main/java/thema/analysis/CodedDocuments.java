package thema.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thema.coding.Coding;

/**
 * The counted codings per document, each with the indexes of the selected codes it counts
 * for (its code and ancestors, as segments_total counts): the shared input of co-occurrence
 * and exclusive-group splits.
 */
final class CodedDocuments {
    record Segment(Coding coding, int[] codes) {
        boolean overlaps(Segment o) {
            return coding.start() < o.coding.end() && o.coding.start() < coding.end();
        }

        boolean countsFor(int code) {
            for (int c : codes) if (c == code) return true;
            return false;
        }
    }

    private CodedDocuments() {
    }

    /** Segments by document id, in (document, start) order. */
    static Map<String, List<Segment>> of(CountedCoding counted, List<String> codes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) index.put(codes.get(i), i);
        Map<String, int[]> membership = new HashMap<>();
        Map<String, List<Segment>> out = new LinkedHashMap<>();
        for (Coding c : counted.codings()) {
            int[] m = membership.computeIfAbsent(c.code(), code -> CodeCounts.selfAndAncestors(code).stream()
                    .filter(index::containsKey).mapToInt(index::get).toArray());
            if (m.length > 0) out.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(new Segment(c, m));
        }
        return out;
    }
}
