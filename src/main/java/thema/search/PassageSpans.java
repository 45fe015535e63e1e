package thema.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queries.spans.SpanWeight;
import org.apache.lucene.queries.spans.Spans;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Counts a turn's passages from Lucene's spans, read in one pass over a segment, where Lucene's
 * Matches would open every word's postings again for each turn (a phrase in 20,000 turns asks for
 * 20,000 of them). It serves the queries whose passages can overlap — a phrase of one word twice
 * ("ja ja", whose occurrences in "ja ja ja" overlap), a word found as written beside its stem — and
 * whose every word is a word or an exact phrase that Matches would list whenever it occurs in a
 * matching turn. Per turn, the occurrences' positions are merged where they overlap, as
 * {@link Search} merges the character spans of the hits it lists, so the two counts agree.
 */
final class PassageSpans {
    private final List<SpanWeight> words;

    private PassageSpans(List<SpanWeight> words) {
        this.words = words;
    }

    /**
     * The spans of the query's words, or null when some word's occurrences would not all be listed
     * by Matches in a matching turn (a word under an AND that is itself optional, a sloppy phrase,
     * a phrase with gaps), so its count is left to Matches.
     */
    static PassageSpans of(IndexSearcher searcher, Query rewritten) throws IOException {
        List<SpanQuery> leaves = new ArrayList<>();
        if (!collect(rewritten, true, leaves) || leaves.isEmpty()) return null;
        List<SpanWeight> weights = new ArrayList<>();
        // the span query's own weight, not the searcher's (which may wrap it in the query cache's)
        for (SpanQuery q : leaves) weights.add(((SpanQuery) searcher.rewrite(q)).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f));
        return new PassageSpans(weights);
    }

    /**
     * Adds the query's words as span queries; false when one is out of reach. {@code matched}: the
     * turn is known to match this part (the whole query, or a required clause of a part that does).
     */
    private static boolean collect(Query q, boolean matched, List<SpanQuery> out) {
        if (!Search.hasWords(q)) return true; // a filter: Matches lists none of its words
        if (q instanceof BoostQuery b) return collect(b.getQuery(), matched, out);
        SpanQuery leaf = leaf(q);
        if (leaf != null) {
            out.add(leaf);
            return true;
        }
        if (!(q instanceof BooleanQuery b)) return false;
        // a part not known to match must match whenever one of its words occurs: an OR of words
        if (!matched && b.getMinimumNumberShouldMatch() > 1) return false;
        for (BooleanClause c : b.clauses()) {
            switch (c.getOccur()) {
                case MUST_NOT -> {
                    if (!matched) return false;
                }
                case MUST, FILTER -> {
                    if (!matched || !collect(c.getQuery(), true, out)) return false;
                }
                case SHOULD -> {
                    if (!collect(c.getQuery(), false, out)) return false;
                }
            }
        }
        return true;
    }

    /** A word, a stemmed word's terms or an exact phrase of consecutive words as a span query, else null. */
    private static SpanQuery leaf(Query q) {
        if (q instanceof TermQuery t) return new SpanTermQuery(t.getTerm());
        if (q instanceof SynonymQuery s) return anyOf(s.getTerms().toArray(new Term[0]));
        Term[][] slots = null;
        if (q instanceof PhraseQuery p && p.getSlop() == 0 && consecutive(p.getPositions())) {
            slots = Arrays.stream(p.getTerms()).map(t -> new Term[]{t}).toArray(Term[][]::new);
        } else if (q instanceof MultiPhraseQuery m && m.getSlop() == 0 && consecutive(m.getPositions())) {
            slots = m.getTermArrays();
        }
        if (slots == null) return null;
        if (slots.length == 1) return anyOf(slots[0]);
        return new SpanNearQuery(Arrays.stream(slots).map(PassageSpans::anyOf).toArray(SpanQuery[]::new), 0, true);
    }

    private static SpanQuery anyOf(Term[] terms) {
        if (terms.length == 1) return new SpanTermQuery(terms[0]);
        return new SpanOrQuery(Arrays.stream(terms).map(SpanTermQuery::new).toArray(SpanQuery[]::new));
    }

    private static boolean consecutive(int[] positions) {
        for (int k = 1; k < positions.length; k++) if (positions[k] != positions[k - 1] + 1) return false;
        return positions.length > 0;
    }

    /** The spans of one segment, read forward turn by turn. */
    Segment segment(LeafReaderContext leaf) throws IOException {
        List<Spans> spans = new ArrayList<>();
        for (SpanWeight w : words) {
            Spans s = w.getSpans(leaf, SpanWeight.Postings.POSITIONS);
            if (s != null) spans.add(s);
        }
        return new Segment(spans);
    }

    static final class Segment {
        private final List<Spans> spans;
        /** This turn's occurrences, each its start position in the high half and its end in the low one. */
        private long[] found = new long[16];

        private Segment(List<Spans> spans) {
            this.spans = spans;
        }

        /** The passages in turn {@code doc}: occurrences of the words, those that overlap merged (turns in increasing order). */
        int passages(int doc) throws IOException {
            int n = 0;
            for (Spans s : spans) {
                if (s.docID() < doc) s.advance(doc);
                if (s.docID() != doc) continue;
                for (int p = s.nextStartPosition(); p != Spans.NO_MORE_POSITIONS; p = s.nextStartPosition()) {
                    if (n == found.length) found = Arrays.copyOf(found, 2 * n);
                    found[n++] = occurrence(p, s.endPosition());
                }
            }
            return merge(found, n, null);
        }
    }

    /**
     * How many runs remain of {@code n} occurrences (start << 32 | end, positions or characters) when
     * those that overlap are merged; each is added to {@code runs} as {start, end} unless it is null.
     * The one rule of what a passage is, for the count and for the hits listed alike.
     */
    static int merge(long[] found, int n, List<int[]> runs) {
        Arrays.sort(found, 0, n);
        int count = 0, end = 0;
        int[] run = null;
        for (int k = 0; k < n; k++) {
            int start = (int) (found[k] >>> 32), stop = (int) found[k];
            if (count > 0 && start < end) {
                end = Math.max(end, stop);
                if (run != null) run[1] = end;
                continue;
            }
            count++;
            end = stop;
            if (runs != null) runs.add(run = new int[]{start, stop});
        }
        return count;
    }

    /** An occurrence from {@code start} to {@code end} (both at least 0) as {@link #merge} takes it. */
    static long occurrence(int start, int end) {
        return (long) start << 32 | end;
    }
}
