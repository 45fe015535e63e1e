package thema.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;

/**
 * The plain-Lucene one-shot of {@link OneShotBench}: a process that opens thema's index of a
 * project ({@code .thema/index}) and runs one query on its words as written, the first 50 turns by
 * (document, turn) with the offsets of every match in them, and the number of matching turns:
 *   java -cp ... thema.bench.PlainOneShot INDEX_DIR QUERY
 */
public final class PlainOneShot {
    public static void main(String[] args) throws Exception {
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        try (FSDirectory dir = FSDirectory.open(Path.of(args[0])); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryParser parser = new QueryParser("text", words);
            parser.setDefaultOperator(QueryParser.AND_OPERATOR);
            Query q = searcher.rewrite(parser.parse(args[1]));
            Sort place = new Sort(new SortField("doc_order", SortField.Type.STRING), new SortField("turn_order", SortField.Type.INT));
            TopFieldDocs top = searcher.search(q, 50, place);
            int turns = searcher.count(q);
            Weight w = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<LeafReaderContext> leaves = reader.leaves();
            StringBuilder out = new StringBuilder().append(turns).append(" turns\n");
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                int doc = sd.doc - leaf.docBase;
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), "doc_order");
                NumericDocValues numbers = DocValues.getNumeric(leaf.reader(), "turn_order");
                ids.advanceExact(doc);
                numbers.advanceExact(doc);
                out.append(ids.lookupOrd(ids.ordValue()).utf8ToString()).append(' ').append(numbers.longValue());
                Matches m = w.matches(leaf, doc);
                MatchesIterator it = m == null ? null : m.getMatches("text");
                while (it != null && it.next()) out.append(' ').append(it.startOffset()).append('-').append(it.endOffset());
                out.append('\n');
            }
            System.out.print(out);
        }
    }

    private PlainOneShot() {
    }
}
