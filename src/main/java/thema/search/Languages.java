package thema.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniStemFilter;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.gl.GalicianStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.te.TeluguStemFilter;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.ArmenianStemmer;
import org.tartarus.snowball.ext.BasqueStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.KpStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.GreekStemmer;
import org.tartarus.snowball.ext.HindiStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.IndonesianStemmer;
import org.tartarus.snowball.ext.IrishStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.NepaliStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SerbianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TamilStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;
import org.tartarus.snowball.ext.YiddishStemmer;
import thema.project.ThemaException;

/**
 * What thema knows of each transcript language: its ISO 639-1 code (639-3 where there is none),
 * English name, stemmer and stop words, all from Lucene's analysis-common module. The stemmer
 * sees words already lower-cased and accent-folded (see {@link Analyzers}); it is the same for
 * the index and the query, so "étudiantes" and "etudiant" meet at one stem.
 *
 * <p>Dutch uses Snowball's {@code kp} (Kraaij-Pohlmann) stemmer, not its {@code dutch} one nor Lucene's
 * DutchAnalyzer chain: on the example transcripts and a probe list ({@code scripts/bench DutchStemmers},
 * docs/dutch-stemmer.md) only kp joins diminutives (kindje, kind), ge- participles (gevraagd, vragen)
 * and plurals that change the stem (brieven, huizen, lessen); it also joins a few short function
 * words (al/als, voor/vorig), which researchers rarely search for.
 */
public final class Languages {
    /** A language thema stems: code, English name, stemming filter for one token stream, stop words. */
    public record Language(String code, String name, Function<TokenStream, TokenStream> stemmer, Supplier<CharArraySet> stopWords) {
        @Override
        public String toString() {
            return code + " (" + name + ")";
        }
    }

    // elided articles and pronouns ("l'école", "dell'anno", "d'Irlanda"), as Lucene's analyzers strip them
    private static final CharArraySet ITALIAN_ELISIONS = set("c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell",
            "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d");
    private static final CharArraySet CATALAN_ELISIONS = set("d", "l", "m", "n", "s", "t");
    private static final CharArraySet IRISH_ELISIONS = set("d", "m", "b");

    private static final Map<String, Language> ALL = new LinkedHashMap<>();

    static {
        add("ar", "Arabic");
        add("hy", "Armenian");
        add("eu", "Basque");
        add("bn", "Bengali");
        add("bg", "Bulgarian");
        add("ca", "Catalan");
        add("cs", "Czech");
        add("da", "Danish");
        add("nl", "Dutch");
        add("en", "English");
        add("et", "Estonian");
        add("fi", "Finnish");
        add("fr", "French");
        add("gl", "Galician");
        add("de", "German");
        add("el", "Greek");
        add("hi", "Hindi");
        add("hu", "Hungarian");
        add("id", "Indonesian");
        add("ga", "Irish");
        add("it", "Italian");
        add("lv", "Latvian");
        add("lt", "Lithuanian");
        add("ne", "Nepali");
        add("no", "Norwegian");
        add("nb", "Norwegian Bokmål");
        add("nn", "Norwegian Nynorsk");
        add("fa", "Persian");
        add("pt", "Portuguese");
        add("ro", "Romanian");
        add("ru", "Russian");
        add("sr", "Serbian");
        add("ckb", "Sorani Kurdish");
        add("es", "Spanish");
        add("sv", "Swedish");
        add("ta", "Tamil");
        add("te", "Telugu");
        add("tr", "Turkish");
        add("yi", "Yiddish");
    }

    private Languages() {
    }

    /**
     * A language by code and name; its stemmer and stop words are made only when asked for, so the
     * method references of one language are linked when it is used (those of every language, 80,
     * were linked at start-up: about 15 ms of every command that analyses text).
     */
    private static void add(String code, String name) {
        ALL.put(code, new Language(code, name, in -> parts(code).stemmer().apply(in), () -> parts(code).stopWords().get()));
    }

    /** A language's stemming filter and stop words. */
    private record Parts(Function<TokenStream, TokenStream> stemmer, Supplier<CharArraySet> stopWords) {
    }

    /** Each language's parts: a case for each language added above ({@code LanguagesTest} stems in every one). */
    private static Parts parts(String code) {
        return switch (code) {
            case "ar" -> snowball(ArabicStemmer::new, ArabicAnalyzer::getDefaultStopSet);
            case "hy" -> snowball(ArmenianStemmer::new, ArmenianAnalyzer::getDefaultStopSet);
            case "eu" -> snowball(BasqueStemmer::new, BasqueAnalyzer::getDefaultStopSet);
            case "bn" -> new Parts(BengaliStemFilter::new, BengaliAnalyzer::getDefaultStopSet);
            case "bg" -> new Parts(BulgarianStemFilter::new, BulgarianAnalyzer::getDefaultStopSet);
            case "ca" -> new Parts(in -> new SnowballFilter(new ElisionFilter(in, CATALAN_ELISIONS), new CatalanStemmer()), CatalanAnalyzer::getDefaultStopSet);
            case "cs" -> new Parts(CzechStemFilter::new, CzechAnalyzer::getDefaultStopSet);
            case "da" -> snowball(DanishStemmer::new, DanishAnalyzer::getDefaultStopSet);
            case "nl" -> snowball(KpStemmer::new, DutchAnalyzer::getDefaultStopSet);
            case "en" -> new Parts(PorterStemFilter::new, () -> snowballList("english_stop.txt"));
            case "et" -> snowball(EstonianStemmer::new, EstonianAnalyzer::getDefaultStopSet);
            case "fi" -> snowball(FinnishStemmer::new, FinnishAnalyzer::getDefaultStopSet);
            case "fr" -> new Parts(in -> new SnowballFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES), new FrenchStemmer()), FrenchAnalyzer::getDefaultStopSet);
            case "gl" -> new Parts(GalicianStemFilter::new, GalicianAnalyzer::getDefaultStopSet);
            case "de" -> snowball(GermanStemmer::new, GermanAnalyzer::getDefaultStopSet);
            case "el" -> snowball(GreekStemmer::new, GreekAnalyzer::getDefaultStopSet);
            case "hi" -> snowball(HindiStemmer::new, HindiAnalyzer::getDefaultStopSet);
            case "hu" -> snowball(HungarianStemmer::new, HungarianAnalyzer::getDefaultStopSet);
            case "id" -> snowball(IndonesianStemmer::new, IndonesianAnalyzer::getDefaultStopSet);
            case "ga" -> new Parts(in -> new SnowballFilter(new ElisionFilter(in, IRISH_ELISIONS), new IrishStemmer()), IrishAnalyzer::getDefaultStopSet);
            case "it" -> new Parts(in -> new SnowballFilter(new ElisionFilter(in, ITALIAN_ELISIONS), new ItalianStemmer()), ItalianAnalyzer::getDefaultStopSet);
            case "lv" -> new Parts(LatvianStemFilter::new, LatvianAnalyzer::getDefaultStopSet);
            case "lt" -> snowball(LithuanianStemmer::new, LithuanianAnalyzer::getDefaultStopSet);
            case "ne" -> snowball(NepaliStemmer::new, NepaliAnalyzer::getDefaultStopSet);
            case "no" -> snowball(NorwegianStemmer::new, NorwegianAnalyzer::getDefaultStopSet);
            case "nb" -> snowball(NorwegianStemmer::new, NorwegianAnalyzer::getDefaultStopSet);
            case "nn" -> snowball(NorwegianStemmer::new, NorwegianAnalyzer::getDefaultStopSet);
            case "fa" -> new Parts(PersianStemFilter::new, PersianAnalyzer::getDefaultStopSet);
            case "pt" -> snowball(PortugueseStemmer::new, PortugueseAnalyzer::getDefaultStopSet);
            case "ro" -> snowball(RomanianStemmer::new, RomanianAnalyzer::getDefaultStopSet);
            case "ru" -> snowball(RussianStemmer::new, RussianAnalyzer::getDefaultStopSet);
            case "sr" -> snowball(SerbianStemmer::new, SerbianAnalyzer::getDefaultStopSet);
            case "ckb" -> new Parts(SoraniStemFilter::new, SoraniAnalyzer::getDefaultStopSet);
            case "es" -> snowball(SpanishStemmer::new, SpanishAnalyzer::getDefaultStopSet);
            case "sv" -> snowball(SwedishStemmer::new, SwedishAnalyzer::getDefaultStopSet);
            case "ta" -> snowball(TamilStemmer::new, TamilAnalyzer::getDefaultStopSet);
            case "te" -> new Parts(TeluguStemFilter::new, TeluguAnalyzer::getDefaultStopSet);
            case "tr" -> new Parts(in -> new SnowballFilter(new ApostropheFilter(in), new TurkishStemmer()), TurkishAnalyzer::getDefaultStopSet);
            case "yi" -> snowball(YiddishStemmer::new, () -> CharArraySet.EMPTY_SET);
            default -> throw new IllegalStateException("no stemmer for " + code);
        };
    }

    private static Parts snowball(Supplier<SnowballStemmer> stemmer, Supplier<CharArraySet> stop) {
        return new Parts(in -> new SnowballFilter(in, stemmer.get()), stop);
    }

    /** Every language thema stems, by code, in order of English name. */
    public static Map<String, Language> all() {
        return Collections.unmodifiableMap(ALL);
    }

    /** Whether thema stems this language code. */
    public static boolean known(String code) {
        return code != null && ALL.containsKey(code);
    }

    /** The language of {@code code}; refused with one line listing the codes thema stems. */
    public static Language of(String code) {
        Language l = code == null ? null : ALL.get(code);
        if (l == null) {
            throw new ThemaException("language '" + code + "' is not one thema can stem; use one of: " + String.join(", ", ALL.keySet()));
        }
        return l;
    }

    /** The stop words of the language (lower case, as written), left out of {@code words}; empty for an unknown language. */
    public static CharArraySet stopWords(String code) {
        Language l = code == null ? null : ALL.get(code);
        return l == null ? CharArraySet.EMPTY_SET : l.stopWords().get();
    }

    /** Snowball's stop lists shipped with Lucene (Lucene's own English set is only 33 words). */
    private static CharArraySet snowballList(String file) {
        try {
            return WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharArraySet set(String... words) {
        return CharArraySet.unmodifiableSet(new CharArraySet(Arrays.asList(words), true));
    }
}
