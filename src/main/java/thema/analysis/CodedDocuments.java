package thema.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thema.project.Codebook;
import thema.project.Coding;

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
            int[] m = membership.computeIfAbsent(c.code(), code -> Codebook.selfAndAncestors(code).stream()
                    .filter(index::containsKey).mapToInt(index::get).toArray());
            if (m.length > 0) out.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(new Segment(c, m));
        }
        return out;
    }

    /**
     * For each segment (the list is sorted here by start), the codes of the other segments it overlaps. A sweep:
     * the segments after one in start order that overlap it are exactly those that start before
     * it ends, so each overlapping pair is met once and a document costs O(n log n + overlaps),
     * not O(n²).
     */
    static BitSet[] overlappedCodes(List<CodedDocuments.Segment> segs, int codes) {
        segs.sort(Comparator.comparingInt((CodedDocuments.Segment s) -> s.coding().start()));
        BitSet[] out = new BitSet[segs.size()];
        for (int i = 0; i < out.length; i++) out[i] = new BitSet(codes);
        for (int i = 0; i < out.length; i++) {
            CodedDocuments.Segment s = segs.get(i);
            for (int j = i + 1; j < out.length && segs.get(j).coding().start() < s.coding().end(); j++) {
                CodedDocuments.Segment t = segs.get(j);
                if (!s.overlaps(t)) continue;
                for (int c : t.codes()) out[i].set(c);
                for (int c : s.codes()) out[j].set(c);
            }
        }
        return out;
    }
}
