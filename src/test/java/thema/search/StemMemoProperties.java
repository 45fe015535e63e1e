package thema.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.KpStemmer;

/** The stem memo changes speed only: the same terms, offsets and positions as the filters alone. */
class StemMemoProperties {
    private static final String[] WORDS = ("ouders ouder gesprekken gesprek afgesproken afspraken geïnformeerd "
            + "begeleiding café cafés leerlingen leerling parents parenting agreed agreeing coordinator coördinatoren "
            + "running runs ran Anna’s school’s émigré naïve zoë 😀 ik we the a").split(" ");

    @Property(tries = 300)
    void dutchStemsAsTheSnowballFilterAlone(@ForAll @Size(max = 60) List<Integer> picks) throws IOException {
        sameTokens(picks, in -> new SnowballFilter(in, new DutchStemmer()));
    }

    @Property(tries = 300)
    void englishStemsAsThePorterFilterAlone(@ForAll @Size(max = 60) List<Integer> picks) throws IOException {
        sameTokens(picks, PorterStemFilter::new);
    }

    /** thema's index chain: each word as the reference chain normalizes it, then its stem (marked) at that position when it differs. */
    @Property(tries = 200)
    void theIndexChainGivesEachWordAndItsChangedStem(@ForAll @Size(max = 60) List<Integer> picks) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i : picks) text.append(i % 3 == 0 ? WORDS[Math.floorMod(i, WORDS.length)].toUpperCase(java.util.Locale.ROOT) : WORDS[Math.floorMod(i, WORDS.length)]).append(i % 7 == 0 ? ". " : " ");
        Analyzer normalized = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source))));
            }
        };
        Analyzer stems = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new SnowballFilter(new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source))), new KpStemmer()));
            }
        };
        List<String> words = tokens(normalized, text.toString()), stemmed = tokens(stems, text.toString());
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            expected.add(words.get(k));
            String w = words.get(k).substring(0, words.get(k).indexOf('@')), s = stemmed.get(k).substring(0, stemmed.get(k).indexOf('@'));
            if (!w.equals(s)) expected.add(Analyzers.STEM_MARK + s + words.get(k).substring(words.get(k).indexOf('@')).replaceFirst("\\+\\d+$", "+0"));
        }
        Analyzer thema = Analyzers.forLanguage("nl");
        for (int round = 0; round < 2; round++) assertEquals(expected, tokens(thema, TurnFields.TEXT, text.toString()));
    }

    private static void sameTokens(List<Integer> picks, Function<TokenStream, TokenStream> stem) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i : picks) text.append(WORDS[Math.floorMod(i, WORDS.length)]).append(i % 7 == 0 ? ". " : " ");
        Analyzer plain = chain(stem, false);
        Analyzer memo = chain(stem, true);
        // twice through the same (reused) memo analyzer: the second run is served from the memo
        for (int round = 0; round < 2; round++) {
            assertEquals(tokens(plain, text.toString()), tokens(memo, text.toString()));
        }
    }

    private static Analyzer chain(Function<TokenStream, TokenStream> stem, boolean memo) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream t = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, memo ? new StemMemoFilter(t, stem) : stem.apply(t));
            }
        };
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        return tokens(a, "f", text);
    }

    private static List<String> tokens(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "@" + off.startOffset() + "-" + off.endOffset() + "+" + pos.getPositionIncrement());
            ts.end();
        }
        return out;
    }
}
