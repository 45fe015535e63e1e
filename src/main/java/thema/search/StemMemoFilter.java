package thema.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs the word filters after the tokenizer (possessive, lower case, accent folding: the
 * {@code normalizer}) and a stemming filter once per distinct word as the tokenizer found it,
 * and remembers the result: interviews repeat their words, and a Snowball stemmer costs far more
 * than a hash look-up. The filters are any of Lucene's that change a word's term alone and drop
 * no word (null: words stay as they are); they see one word at a time through {@link OneWord},
 * so what they make is exactly what they would make in the chain. The memo lives as long as the
 * analyzer's per-thread components and is emptied when it reaches {@link #LIMIT} words.
 *
 * <p>What it gives per word ({@link Analyzers.Emit}): BOTH, for the index, the normalized word and,
 * at the same position and offsets when stemming changes it, the stem behind
 * {@link Analyzers#STEM_MARK} (as Lucene's KeywordRepeatFilter does: two fields' worth of words from
 * one pass, and one term for a word that is its own stem); EXACT the normalized word alone;
 * STEMS, for a stemmed query word with stem S, the marked S and, when S is its own stem, S itself:
 * together they are every word with stem S.
 */
final class StemMemoFilter extends TokenFilter {
    static final int LIMIT = 100_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final OneWord word;
    private final Tap tap;
    private final TokenStream chain;
    /** The stemmer alone, to find whether a stem is its own stem (STEMS); null without a stemmer. */
    private final OneWord stemWord;
    private final TokenStream stemOnly;
    private final Analyzers.Emit emit;
    /** The word as the tokenizer found it → what the filters made of it. */
    private final CharArrayMap<Word> memo = new CharArrayMap<>(1024, false);
    /** The term to give next at the same position, or null. */
    private char[] pending;
    private boolean pendingMarked;

    /** A word normalized, its stem (null: the same), and whether the stem is its own stem. */
    private record Word(char[] written, char[] stem, boolean selfStem) {
    }

    /** Stems only, the words as they come (the words' other filters already in {@code in}). */
    StemMemoFilter(TokenStream in, Function<TokenStream, TokenStream> stemFilter) {
        this(in, null, stemFilter, null);
    }

    /** {@code emit} null: the stems alone, unmarked (the stemming filter's own output). */
    StemMemoFilter(TokenStream in, Function<TokenStream, TokenStream> normalizer, Function<TokenStream, TokenStream> stemFilter, Analyzers.Emit emit) {
        super(in);
        this.emit = emit;
        word = new OneWord(this);
        tap = new Tap(normalizer == null ? word : normalizer.apply(word));
        chain = stemFilter == null ? tap : stemFilter.apply(tap);
        stemWord = stemFilter == null || emit != Analyzers.Emit.STEMS ? null : new OneWord(this);
        stemOnly = stemWord == null ? null : stemFilter.apply(stemWord);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            set(pending, pendingMarked);
            position.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) return false;
        Word known = memo.get(term.buffer(), 0, term.length());
        if (known == null) {
            known = analyze();
            if (memo.size() >= LIMIT) memo.clear();
        }
        char[] stem = known.stem == null ? known.written : known.stem;
        if (emit == null) {
            set(stem, false);
        } else if (emit == Analyzers.Emit.EXACT || (emit == Analyzers.Emit.STEMS && stemOnly == null)) {
            set(known.written, false);
        } else if (emit == Analyzers.Emit.BOTH) {
            set(known.written, false);
            later(known.stem, true);
        } else {
            set(stem, true);
            later(known.selfStem ? stem : null, false);
        }
        return true;
    }

    /** Runs the filters on the word in the term attribute and remembers what they made. */
    private Word analyze() throws IOException {
        char[] key = new char[term.length()];
        System.arraycopy(term.buffer(), 0, key, 0, key.length);
        word.arm();
        chain.incrementToken(); // changes the term in place: the word shares this filter's attributes
        char[] stem = new char[term.length()];
        System.arraycopy(term.buffer(), 0, stem, 0, stem.length);
        boolean selfStem = true;
        if (stemOnly != null) {
            stemWord.arm();
            stemOnly.incrementToken();
            selfStem = Arrays.equals(term.buffer(), 0, term.length(), stem, 0, stem.length);
        }
        Word w = new Word(tap.seen, Arrays.equals(stem, tap.seen) ? null : stem, selfStem);
        memo.put(key, w);
        return w;
    }

    private void later(char[] next, boolean marked) {
        pending = next;
        pendingMarked = marked;
    }

    private void set(char[] w, boolean marked) {
        int at = marked ? Analyzers.STEM_MARK.length() : 0;
        char[] b = term.resizeBuffer(w.length + at);
        if (marked) Analyzers.STEM_MARK.getChars(0, at, b, 0);
        System.arraycopy(w, 0, b, at, w.length);
        term.setLength(w.length + at);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        chain.reset();
        if (stemOnly != null) stemOnly.reset();
    }

    @Override
    public void close() throws IOException {
        super.close();
        chain.close();
        if (stemOnly != null) stemOnly.close();
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

    /** Keeps a copy of the word between the normalizer and the stemmer: the word as written, normalized. */
    private static final class Tap extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        char[] seen;

        Tap(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            seen = new char[term.length()];
            System.arraycopy(term.buffer(), 0, seen, 0, seen.length);
            return true;
        }
    }
}
