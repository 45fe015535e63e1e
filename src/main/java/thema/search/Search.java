package thema.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
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
    /**
     * {@code limit}: most hits returned (all are counted); {@code rank}: by relevance; {@code coder}: code: filters use this
     * coder's codings; {@code blind}: and nothing of another coder is searched (coder:OTHER is refused).
     */
    public record Options(int limit, boolean rank, String coder, boolean blind) {
        public Options(int limit, boolean rank, String coder) {
            this(limit, rank, coder, false);
        }

        public static Options all() {
            return new Options(Integer.MAX_VALUE, false, null);
        }
    }

    static final int CONTEXT = 60;

    private Search() {
    }

    public static SearchResult run(TurnIndex index, String query, Options o) {
        Project p = index.project();
        Query q = QueryLanguage.parse(p, index.queryAnalyzers(), index.attributeNames(), query, o.coder(), o.blind());
        IndexSearcher searcher = index.searcher();
        try {
            q = QueryLanguage.withoutAbsentTerms(q, searcher.getIndexReader());
            Query rewritten = searcher.rewrite(q);
            Weight w = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            // only the turns shown are read and matched: the first by place (document, turn), found in
            // the pass that counts, or by relevance
            int want = Math.max(1, Math.min(o.limit(), Math.max(1, searcher.getIndexReader().maxDoc())));
            TopFieldCollectorManager places = o.rank() ? null : new TopFieldCollectorManager(PLACE, want, null, Integer.MAX_VALUE, true);
            Counted counted = passages(searcher, rewritten, w, places, index.queryAnalyzers().stems());
            int turns = (int) counted.turns(), total = (int) counted.passages();
            TopDocs top = o.rank() ? searcher.search(q, want) : counted.first();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                if (hits.size() >= o.limit()) break;
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                // which document and turn: from the doc values the hits are sorted by (the index stores no fields)
                SortedDocValues docs = DocValues.getSorted(leaf.reader(), TurnFields.DOC_ORDER);
                NumericDocValues numbers = DocValues.getNumeric(leaf.reader(), TurnFields.TURN_ORDER);
                if (!docs.advanceExact(sd.doc - leaf.docBase) || !numbers.advanceExact(sd.doc - leaf.docBase)) continue;
                Document d = p.document(docs.lookupOrd(docs.ordValue()).utf8ToString());
                Turn t = d.turn((int) numbers.longValue());
                List<int[]> spans = spans(w.matches(leaf, sd.doc - leaf.docBase));
                if (spans.isEmpty()) spans.add(null);
                for (int[] span : spans) if (hits.size() < o.limit()) hits.add(hit(d, t, span, sd.score));
            }
            return new SearchResult(total, turns, List.copyOf(hits));
        } catch (IOException e) {
            throw new ThemaException(TurnIndex.location(p) + ": cannot read the search index (" + e.getMessage() + "); delete it to rebuild", e);
        }
    }

    /** By document id, then turn number: the order hits are listed in. */
    static final Sort PLACE = new Sort(new SortField(TurnFields.DOC_ORDER, SortField.Type.STRING), new SortField(TurnFields.TURN_ORDER, SortField.Type.INT));

    /**
     * How many passages match. When the words of the query are plain terms of one field (words,
     * prefixes, wildcards: no phrase), a passage is one occurrence of one of them, so the count is
     * the sum of their frequencies in the matching turns, read from the postings; otherwise each
     * matching turn's matches are counted. A turn matched by filters alone is one passage.
     */
    private static Counted passages(IndexSearcher searcher, Query rewritten, Weight w, TopFieldCollectorManager places, org.apache.lucene.analysis.Analyzer stems) throws IOException {
        java.util.Set<org.apache.lucene.index.Term> terms = new java.util.LinkedHashSet<>();
        List<org.apache.lucene.index.Term> every = new ArrayList<>();
        boolean[] plain = {true};
        boolean[] phrases = {false};
        rewritten.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, org.apache.lucene.index.Term... ts) {
                for (org.apache.lucene.index.Term t : ts) {
                    if (!isWordField(t.field())) continue;
                    every.add(t);
                    if (query instanceof org.apache.lucene.search.TermQuery || query instanceof org.apache.lucene.search.SynonymQuery) terms.add(t);
                    else if (query instanceof org.apache.lucene.search.PhraseQuery pq && pq.getSlop() == 0) phrases[0] = true;
                    else if (query instanceof org.apache.lucene.search.MultiPhraseQuery mq && mq.getSlop() == 0) phrases[0] = true;
                    else plain[0] = false;
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                if (isWordField(field)) plain[0] = false;
            }
        });
        // a word as written and its marked stem share a position: both in the query would be two overlapping passages of one word
        boolean oneField = !wordBesideItsStem(every, stems);
        // no word twice (a word inside a phrase and on its own would be two overlapping passages)
        boolean distinct = new java.util.HashSet<>(every).size() == every.size();
        Mode byTerms = !plain[0] || !oneField ? Mode.MATCHES : !phrases[0] ? Mode.POSTINGS : distinct ? Mode.FREQUENCY : Mode.MATCHES;
        // passages that may overlap are merged turn by turn: from spans read in one pass where they reach every word
        PassageSpans bySpans = byTerms == Mode.MATCHES ? PassageSpans.of(searcher, rewritten) : null;
        Mode mode = bySpans != null ? Mode.SPANS : byTerms;
        Weight counting = mode == Mode.FREQUENCY ? frequencyWeight(searcher, rewritten) : w;
        // segments are counted in parallel: a phrase in 20,000 turns asks for 20,000 Matches
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<TopFieldCollector> first = new ArrayList<>();
        for (int k = 0; k < leaves.size() && places != null; k++) first.add(places.newCollector());
        try {
            long[] sums = java.util.stream.IntStream.range(0, leaves.size()).parallel().mapToObj(k -> {
                try {
                    return passages(leaves.get(k), counting, w, mode, terms, bySpans, places == null ? null : first.get(k));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce(new long[2], (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
            return new Counted(sums[0], sums[1], places == null ? null : places.reduce(first));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Matching turns, passages, and the first turns by place (null when ranked). */
    private record Counted(long turns, long passages, TopDocs first) {
    }

    /** How a segment's passages are counted: from term postings, from a score that is the phrase and term frequency, from spans, or from Matches. */
    private enum Mode { POSTINGS, FREQUENCY, SPANS, MATCHES }

    /** A score that is the number of occurrences: for plain words and exact phrases, the number of passages. */
    private static final org.apache.lucene.search.similarities.Similarity FREQUENCY = new org.apache.lucene.search.similarities.Similarity() {
        @Override
        public long computeNorm(org.apache.lucene.index.FieldInvertState state) {
            return 1;
        }

        @Override
        public SimScorer scorer(float boost, org.apache.lucene.search.CollectionStatistics c, org.apache.lucene.search.TermStatistics... t) {
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return boost * freq;
                }
            };
        }
    };

    /** The query scored by {@link #FREQUENCY}, its filters (clauses on no word field) scoring 0. */
    private static Weight frequencyWeight(IndexSearcher searcher, Query rewritten) throws IOException {
        IndexSearcher counter = new IndexSearcher(searcher.getIndexReader());
        counter.setSimilarity(FREQUENCY);
        counter.setQueryCache(null);
        Query q = counter.rewrite(zeroFilters(rewritten));
        return counter.createWeight(q, ScoreMode.COMPLETE, 1f);
    }

    private static Query zeroFilters(Query q) {
        if (!hasWords(q)) return new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(q), 0f);
        if (!(q instanceof org.apache.lucene.search.BooleanQuery b)) return q;
        org.apache.lucene.search.BooleanQuery.Builder out = new org.apache.lucene.search.BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        for (org.apache.lucene.search.BooleanClause c : b.clauses()) {
            boolean scores = c.getOccur() == org.apache.lucene.search.BooleanClause.Occur.MUST || c.getOccur() == org.apache.lucene.search.BooleanClause.Occur.SHOULD;
            out.add(scores ? zeroFilters(c.getQuery()) : c.getQuery(), c.getOccur());
        }
        return out.build();
    }

    /**
     * {matching turns, passages} in one segment; {@code counting} finds the turns (and scores them in FREQUENCY mode),
     * and {@code first} (or null) collects them.
     */
    private static long[] passages(LeafReaderContext leaf, Weight counting, Weight w, Mode mode, java.util.Set<org.apache.lucene.index.Term> terms, PassageSpans spans, TopFieldCollector first) throws IOException {
        org.apache.lucene.search.Scorer scorer = counting.scorer(leaf);
        if (scorer == null) return new long[2];
        LeafCollector collect = first == null ? null : first.getLeafCollector(leaf);
        if (collect != null) collect.setScorer(scorer);
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        List<org.apache.lucene.index.PostingsEnum> postings = new ArrayList<>();
        if (mode == Mode.POSTINGS) {
            for (org.apache.lucene.index.Term t : terms) {
                org.apache.lucene.index.PostingsEnum pe = leaf.reader().postings(t, org.apache.lucene.index.PostingsEnum.FREQS);
                if (pe != null) postings.add(pe);
            }
        }
        PassageSpans.Segment segment = mode == Mode.SPANS ? spans.segment(leaf) : null;
        long turns = 0, total = 0;
        org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (live != null && !live.get(doc)) continue;
            int n = 0;
            if (mode == Mode.POSTINGS) {
                for (org.apache.lucene.index.PostingsEnum pe : postings) {
                    if (pe.docID() < doc) pe.advance(doc);
                    if (pe.docID() == doc) n += pe.freq();
                }
            } else if (mode == Mode.FREQUENCY) {
                n = Math.round(scorer.score());
            } else if (mode == Mode.SPANS) {
                n = segment.passages(doc);
            } else {
                n = spans(w.matches(leaf, doc)).size();
            }
            turns++;
            total += Math.max(1, n);
            if (collect != null) collect.collect(doc);
        }
        return new long[]{turns, total};
    }

    /**
     * Whether the terms hold a word as written and the marked stem of that word. A word that is its own
     * stem has no marked term beside it in the index, so the two terms of a stemmed query word that is
     * its own stem ("father": the marked stem and the word) never count here, and their phrase is
     * counted from its frequency, not turn by turn.
     */
    private static boolean wordBesideItsStem(List<org.apache.lucene.index.Term> terms, org.apache.lucene.analysis.Analyzer stems) throws IOException {
        java.util.Set<String> marked = new java.util.HashSet<>();
        for (org.apache.lucene.index.Term t : terms) if (Analyzers.stem(t.bytes())) marked.add(t.text());
        if (marked.isEmpty()) return false;
        for (org.apache.lucene.index.Term t : terms) {
            if (Analyzers.stem(t.bytes())) continue;
            try (org.apache.lucene.analysis.TokenStream ts = stems.tokenStream(TurnFields.TEXT, t.text())) {
                org.apache.lucene.analysis.tokenattributes.CharTermAttribute term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                ts.reset();
                // the word's own marked stem: beside it in the index only when stemming changes the word
                boolean beside = ts.incrementToken() && marked.contains(term.toString())
                        && !term.toString().substring(Analyzers.STEM_MARK.length()).equals(t.text());
                while (ts.incrementToken()) {
                    // the rest of the word's terms
                }
                ts.end();
                if (beside) return true;
            }
        }
        return false;
    }

    /** Whether the query searches the words of turns anywhere in it (else it is a filter). */
    static boolean hasWords(Query q) {
        boolean[] words = {false};
        q.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (isWordField(field)) words[0] = true;
                return true;
            }
        });
        return words[0];
    }

    private static boolean isWordField(String field) {
        return TurnFields.TEXT.equals(field);
    }

    /** Matched [start, end) char offsets within the turn body, overlapping ones merged. */
    private static List<int[]> spans(Matches m) throws IOException {
        List<int[]> merged = new ArrayList<>();
        if (m == null) return merged;
        MatchesIterator it = m.getMatches(TurnFields.TEXT);
        long[] found = new long[8];
        int n = 0;
        if (it != null) {
            while (it.next()) {
                if (it.startOffset() < 0) continue;
                if (n == found.length) found = java.util.Arrays.copyOf(found, 2 * n);
                found[n++] = PassageSpans.occurrence(it.startOffset(), it.endOffset());
            }
        }
        PassageSpans.merge(found, n, merged);
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
