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
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/** The stem memo changes speed only: the same terms, offsets and positions as the stemmer alone. */
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
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
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
