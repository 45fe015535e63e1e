package thema.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

import java.util.Map;

/**
 * The analyzers of the transcript fields. {@code text} is stemmed for the project's language
 * (Dutch Snowball, English Porter; other languages unstemmed); {@code exact} is not stemmed.
 * Both lower-case and fold accents, so "cafe" finds "café"; offsets stay those of the text as
 * written, so hits are shown as written.
 */
public final class Analyzers {
    /** Part of the index's identity: a change here must rebuild every index. */
    static final String VERSION = "2";

    private Analyzers() {
    }

    /** The analyzer for every field: stemmed {@code text}, unstemmed {@code exact} and speaker words. */
    public static Analyzer forLanguage(String language) {
        Analyzer exact = folded(null);
        return new PerFieldAnalyzerWrapper(exact, Map.of(TurnFields.TEXT, folded(language)));
    }

    /** Whether the language has a stemmer here (else the text field is searched as written, folded). */
    public static boolean stems(String language) {
        return "nl".equals(language) || "en".equals(language);
    }

    private static Analyzer folded(String language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream t = source;
                // 's and ’s go in English and Dutch alike (Anna's, café’s): the word is what is searched
                t = new EnglishPossessiveFilter(t);
                t = new LowerCaseFilter(t);
                t = new ASCIIFoldingFilter(t);
                if ("en".equals(language)) t = new StemMemoFilter(t, PorterStemFilter::new);
                else if ("nl".equals(language)) t = new StemMemoFilter(t, in -> new SnowballFilter(in, new DutchStemmer()));
                return new TokenStreamComponents(source, t);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
