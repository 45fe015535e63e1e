package thema.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.FSDirectory;
import thema.project.Project;
import thema.project.Turn;

/**
 * The plain-Lucene baseline of the search benchmarks: the same turns in an index of Lucene's own
 * (one stemmed text field with offsets and stored text, speaker and schooltype as keywords, the
 * document and turn as doc values), searched with Lucene's classic QueryParser (several words mean
 * AND) through the same chain of Lucene filters thema uses for English (standard tokenizer,
 * possessive, lower case, folding, Porter), no memo and no words as written. One search does what
 * thema's does: one pass over every matching turn that counts the passages (the score under a
 * term-frequency similarity: one per word or exact-phrase occurrence, filters scoring 0) and keeps
 * the first 50 turns by (document, turn), then keyword-in-context lines for the first 50 passages
 * from the Matches API's offsets.
 */
final class PlainLucene implements Closeable {
    static final Sort PLACE = new Sort(new SortField("doc", SortField.Type.STRING), new SortField("turn", SortField.Type.INT));
    private static final FieldType TEXT = text();

    private final FSDirectory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexSearcher counter;
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(english(), Map.of("speaker", new KeywordAnalyzer(), "schooltype", new KeywordAnalyzer()));

    PlainLucene(Path where) throws IOException {
        dir = FSDirectory.open(where);
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        counter = new IndexSearcher(reader);
        counter.setSimilarity(FREQUENCY);
    }

    private static FieldType text() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)))));
            }
        };
    }

    /** Indexes every turn of the project from two threads. */
    static void index(Path where, Project p) throws IOException {
        try (FSDirectory d = FSDirectory.open(where);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(english()).setRAMBufferSizeMB(128))) {
            new ArrayList<>(p.documents()).parallelStream().forEach(doc -> {
                String text = doc.text().string();
                String type = doc.attributes().getOrDefault("schooltype", "");
                List<org.apache.lucene.document.Document> turns = new ArrayList<>();
                for (Turn t : doc.turns()) {
                    org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
                    ld.add(new Field("text", text.substring(doc.text().toChar(t.body()), doc.text().toChar(t.end())), TEXT));
                    if (t.speaker() != null) ld.add(new StringField("speaker", t.speaker().toLowerCase(Locale.ROOT), Field.Store.NO));
                    ld.add(new StringField("schooltype", type, Field.Store.NO));
                    ld.add(new SortedDocValuesField("doc", new org.apache.lucene.util.BytesRef(doc.id())));
                    ld.add(new NumericDocValuesField("turn", t.n()));
                    turns.add(ld);
                }
                try {
                    w.addDocuments(turns);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.commit();
        }
    }

    /** Passages counted, matching turns, and the first {@code limit} passages in context. */
    record Result(long total, int turns, List<String> lines) {
    }

    Result search(String query, int limit) throws IOException, ParseException {
        QueryParser parser = new QueryParser("text", analyzer) {
            @Override
            protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
                Query q = super.getFieldQuery(field, text, quoted);
                return "text".equals(field) ? q : new BoostQuery(new ConstantScoreQuery(q), 0f); // filters count no passage
            }
        };
        parser.setDefaultOperator(QueryParser.AND_OPERATOR);
        parser.setMultiTermRewriteMethod(org.apache.lucene.search.MultiTermQuery.SCORING_BOOLEAN_REWRITE);
        Query q = parser.parse(query);
        long[] sums = new long[2];
        TopFieldCollector first = new TopFieldCollectorManager(PLACE, limit, null, Integer.MAX_VALUE, false).newCollector();
        counter.search(q, MultiCollector.wrap(new SimpleCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable s) {
                scorer = s;
            }

            @Override
            public void collect(int doc) throws IOException {
                sums[0]++;
                sums[1] += Math.max(1, Math.round(scorer.score()));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        }, first));
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = reader.leaves();
        org.apache.lucene.index.StoredFields stored = searcher.storedFields();
        List<String> lines = new ArrayList<>();
        for (ScoreDoc sd : first.topDocs().scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            String text = stored.document(sd.doc).get("text");
            Matches m = w.matches(leaf, sd.doc - leaf.docBase);
            MatchesIterator it = m == null ? null : m.getMatches("text");
            if (it == null) {
                lines.add(text.substring(0, Math.min(text.length(), 120)));
                continue;
            }
            while (it.next() && lines.size() < limit) {
                int a = it.startOffset(), b = it.endOffset();
                lines.add(text.substring(Math.max(0, a - 60), a) + "[" + text.substring(a, b) + "]" + text.substring(b, Math.min(text.length(), b + 60)));
            }
            if (lines.size() >= limit) break;
        }
        return new Result(sums[1], (int) sums[0], lines);
    }

    /** A score that is the number of occurrences (times the boost). */
    private static final Similarity FREQUENCY = new Similarity() {
        @Override
        public long computeNorm(FieldInvertState state) {
            return 1;
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics c, TermStatistics... t) {
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return boost * freq;
                }
            };
        }
    };

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
