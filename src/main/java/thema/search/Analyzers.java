package thema.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.BytesRef;
import java.util.function.Function;

/**
 * The analyzers of the transcript fields. The {@code text} field holds each word as written (what
 * {@code exact:} and word*, wo?d, word~ search) and, at the same position when stemming changes
 * it, its stem for the project's language ({@link Languages}) behind {@link #STEM_MARK}. A stemmed query word finds the marked stem and, when the
 * stem is its own stem, that word as written (see {@link StemMemoFilter}). One analysis chain makes
 * both, so each word is tokenized once. Words are lower-cased with accents folded, so "cafe" finds "café"; offsets stay those of the text as
 * written, so hits are shown as written.
 */
public final class Analyzers {
    /** Part of the index's identity: a change here must rebuild every index. */
    static final String VERSION = "4";
    /**
     * Starts a stem in {@code text}: the tokenizer never puts a control character in a word, and a
     * fuzzy word~ (at most 2 edits) never reaches a term that starts with 3 of them.
     */
    static final String STEM_MARK = "\u0001\u0001\u0001";

    private Analyzers() {
    }

    /** The analyzer that indexes every field: words and marked stems in {@code text}, speaker words folded. */
    public static Analyzer forLanguage(String language) {
        return folded(language, Emit.BOTH);
    }

    /** An analyzer of query words: stemmed (the terms of every word with that stem), or ({@code exact}) as written. */
    static Analyzer query(String language, boolean exact) {
        return folded(language, exact ? Emit.EXACT : Emit.STEMS);
    }

    /** Whether the language has a stemmer here (else the text field is searched as written, folded). */
    public static boolean stems(String language) {
        return Languages.known(language);
    }

    /** Whether an indexed term of {@code text} is a marked stem (not a word as written). */
    static boolean stem(BytesRef term) {
        return term.length > 0 && term.bytes[term.offset] == STEM_MARK.charAt(0);
    }

    /** The stemming filter of a language ({@link Languages}; a code thema cannot stem is refused), or null for none. */
    private static Function<TokenStream, TokenStream> stemmer(String language) {
        return language == null ? null : Languages.of(language).stemmer();
    }

    /** A word as written, normalized: 's and ’s go in English and Dutch alike (Anna's, café’s), lower case, accents folded. */
    private static TokenStream normalized(TokenStream word) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(word)));
    }

    /** What the text field's chain gives per word. */
    enum Emit { BOTH, STEMS, EXACT }

    private static Analyzer folded(String language, Emit emit) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                // every filter after the tokenizer runs once per distinct word (StemMemoFilter); speaker words are not stemmed
                boolean words = TurnFields.TEXT.equals(fieldName) || TurnFields.EXACT.equals(fieldName);
                Function<TokenStream, TokenStream> stemmer = words ? stemmer(language) : null;
                return new TokenStreamComponents(source, new StemMemoFilter(source, Analyzers::normalized, stemmer, words ? emit : Emit.STEMS));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
