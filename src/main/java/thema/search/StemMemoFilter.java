package thema.search;

import java.io.IOException;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs a stemming filter once per distinct word and remembers the stem: interviews repeat their
 * words, and a Snowball stemmer costs far more than a hash look-up. The stem filter is any of
 * Lucene's (Snowball, Porter, ...); it sees one word at a time through {@link OneWord}, so what it
 * makes is exactly what it would make in the chain. The memo lives as long as the analyzer's
 * per-thread components and is emptied when it reaches {@link #LIMIT} words.
 */
final class StemMemoFilter extends TokenFilter {
    static final int LIMIT = 100_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OneWord word;
    private final TokenStream stemmer;
    private final CharArrayMap<char[]> memo = new CharArrayMap<>(1024, false);

    StemMemoFilter(TokenStream in, Function<TokenStream, TokenStream> stemFilter) {
        super(in);
        word = new OneWord(this);
        stemmer = stemFilter.apply(word);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] known = memo.get(term.buffer(), 0, term.length());
        if (known != null) {
            term.copyBuffer(known, 0, known.length);
            return true;
        }
        char[] key = new char[term.length()];
        System.arraycopy(term.buffer(), 0, key, 0, key.length);
        word.arm();
        stemmer.incrementToken(); // stems the term in place: the word shares this filter's attributes
        char[] stem = new char[term.length()];
        System.arraycopy(term.buffer(), 0, stem, 0, stem.length);
        if (memo.size() >= LIMIT) memo.clear();
        memo.put(key, stem);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stemmer.reset();
    }

    @Override
    public void close() throws IOException {
        super.close();
        stemmer.close();
    }

    /** A stream of the one word already in the shared attributes, given once per {@link #arm()}. */
    private static final class OneWord extends TokenStream {
        private boolean armed;

        OneWord(TokenStream shared) {
            super(shared);
        }

        void arm() {
            armed = true;
        }

        @Override
        public boolean incrementToken() {
            boolean give = armed;
            armed = false;
            return give;
        }
    }
}
