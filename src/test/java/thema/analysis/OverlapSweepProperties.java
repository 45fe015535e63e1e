package thema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import thema.project.Coding;

/** The sweep finds, for every segment, the same overlapped codes as comparing every pair. */
class OverlapSweepProperties {
    @Property(tries = 500)
    void theSweepMeetsEveryOverlappingPair(@ForAll @Size(max = 80) List<@IntRange(min = 0, max = 400) Integer> starts,
                                           @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 60) Integer> lengths,
                                           @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 9) Integer> codes) {
        int n = Math.min(starts.size(), Math.min(lengths.size(), codes.size()));
        List<CodedDocuments.Segment> segs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int s = starts.get(i), len = Math.max(1, lengths.get(i));
            segs.add(new CodedDocuments.Segment(new Coding("d", s, s + len, "c", "a", "t"), new int[]{codes.get(i), 10 + codes.get(i) % 3}));
        }
        Collections.shuffle(segs, new java.util.Random(n));
        Map<CodedDocuments.Segment, BitSet> naive = new IdentityHashMap<>();
        for (CodedDocuments.Segment s : segs) {
            BitSet b = new BitSet();
            for (CodedDocuments.Segment t : segs) if (t != s && s.overlaps(t)) for (int c : t.codes()) b.set(c);
            naive.put(s, b);
        }
        List<CodedDocuments.Segment> swept = new ArrayList<>(segs);
        BitSet[] found = CodedDocuments.overlappedCodes(swept, 13);
        for (int i = 0; i < swept.size(); i++) assertEquals(naive.get(swept.get(i)), found[i], "segment " + swept.get(i).coding());
    }
}
