package thema.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import thema.project.Document;
import thema.project.Project;
import thema.project.Text;
import thema.project.ThemaException;
import thema.project.Turn;

/**
 * Runs a query over the turn index and turns Lucene's matches into passages with code-point
 * offsets into the documents. Lucene's Matches API gives each matched word, or a whole phrase
 * or proximity span, as offsets into the turn; a query of filters only gives whole turns.
 */
public final class Search {
    /** {@code limit}: most hits returned (all are counted); {@code rank}: by relevance; {@code coder}: code: filters use this coder's codings. */
    public record Options(int limit, boolean rank, String coder) {
        public static Options all() {
            return new Options(Integer.MAX_VALUE, false, null);
        }
    }

    static final int CONTEXT = 60;

    private Search() {
    }

    public static SearchResult run(TurnIndex index, String query, Options o) {
        Project p = index.project();
        Query q = QueryLanguage.parse(p, index.analyzer(), query, o.coder());
        IndexSearcher searcher = index.searcher();
        try {
            int max = Math.max(1, searcher.getIndexReader().maxDoc());
            TopDocs top = searcher.search(q, max);
            Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            StoredFields stored = searcher.storedFields();
            Map<String, Integer> order = new HashMap<>();
            for (Document d : p.documents()) order.put(d.id(), order.size());
            // place every passage first (cheap), and build keyword-in-context lines only for those shown
            record Found(int order, Document d, Turn t, int[] span, float score) {
            }
            List<Found> found = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                org.apache.lucene.document.Document ld = stored.document(sd.doc);
                Document d = p.document(ld.get(TurnFields.DOC));
                Turn t = d.turn(ld.getField(TurnFields.TURN).numericValue().intValue());
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                List<int[]> spans = spans(w.matches(leaf, sd.doc - leaf.docBase));
                if (spans.isEmpty()) spans.add(null);
                int at = order.getOrDefault(d.id(), Integer.MAX_VALUE);
                for (int[] span : spans) found.add(new Found(at, d, t, span, sd.score));
            }
            Comparator<Found> byPlace = Comparator.comparingInt(Found::order).thenComparingInt(f -> f.t().n())
                    .thenComparingInt(f -> f.span() == null ? 0 : f.span()[0]);
            found.sort(o.rank() ? Comparator.comparingDouble((Found f) -> -f.score()).thenComparing(byPlace) : byPlace);
            int total = found.size();
            List<Hit> hits = new ArrayList<>();
            for (Found f : found.subList(0, Math.min(total, o.limit()))) hits.add(hit(f.d(), f.t(), f.span(), f.score()));
            return new SearchResult(total, top.scoreDocs.length, List.copyOf(hits));
        } catch (IOException e) {
            throw new ThemaException(TurnIndex.location(p) + ": cannot read the search index (" + e.getMessage() + "); delete it to rebuild", e);
        }
    }

    /** Matched [start, end) char offsets within the turn body, overlapping ones merged. */
    private static List<int[]> spans(Matches m) throws IOException {
        List<int[]> out = new ArrayList<>();
        if (m == null) return out;
        for (String field : List.of(TurnFields.TEXT, TurnFields.EXACT)) {
            MatchesIterator it = m.getMatches(field);
            if (it == null) continue;
            while (it.next()) if (it.startOffset() >= 0) out.add(new int[]{it.startOffset(), it.endOffset()});
        }
        out.sort(Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> -a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : out) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
            else merged.add(s.clone());
        }
        return merged;
    }

    /** A hit for {@code span} (chars within the turn body), or the whole turn body when null. */
    private static Hit hit(Document d, Turn t, int[] span, float score) {
        Text text = d.text();
        String s = text.string();
        int lo = text.toChar(t.body()), hi = text.toChar(t.end());
        int from = span == null ? lo : lo + span[0];
        int to = span == null ? hi : lo + span[1];
        String[] ctx = Kwic.around(s, from, to, lo, hi, span == null ? 0 : CONTEXT);
        String match = span == null ? Kwic.oneLine(s.substring(from, Math.min(to, from + 2 * CONTEXT))) + (to > from + 2 * CONTEXT ? "…" : "") : Kwic.oneLine(s.substring(from, to));
        return new Hit(d.id(), t.n(), t.speaker(), text.toCodePoint(from), text.toCodePoint(to), ctx[0], match, span == null ? "" : ctx[1], score);
    }
}
