package thema.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;
import java.util.function.Function;

/**
 * The analyzers of the transcript fields. {@code text} is stemmed for the project's language
 * ({@link Languages}: Snowball or Lucene's stemmer per language); {@code exact} is not stemmed.
 * Both lower-case and fold accents, so "cafe" finds "café"; offsets stay those of the text as
 * written, so hits are shown as written.
 */
public final class Analyzers {
    /** Part of the index's identity: a change here must rebuild every index. */
    static final String VERSION = "3";

    private Analyzers() {
    }

    /** The analyzer for every field: stemmed {@code text}, unstemmed {@code exact} and speaker words. */
    public static Analyzer forLanguage(String language) {
        Analyzer exact = folded(null);
        return new PerFieldAnalyzerWrapper(exact, Map.of(TurnFields.TEXT, folded(language)));
    }

    /** Whether the language has a stemmer here (else the text field is searched as written, folded). */
    public static boolean stems(String language) {
        return Languages.known(language);
    }

    private static Analyzer folded(String language) {
        Function<TokenStream, TokenStream> stemmer = language == null ? null : Languages.of(language).stemmer();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream t = source;
                // 's and ’s go in English and Dutch alike (Anna's, café’s): the word is what is searched
                t = new EnglishPossessiveFilter(t);
                t = new LowerCaseFilter(t);
                // stemmers know their language's accents ("hablábamos", "børnene"): stem, then fold
                if (stemmer != null) t = new StemMemoFilter(t, stemmer);
                t = new ASCIIFoldingFilter(t);
                return new TokenStreamComponents(source, t);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
