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
     * A language by code and name; its stemmer and stop words are made only when asked for, by one
     * lambda for all (a method reference per language, 80 of them, was linked at start-up: about
     * 15 ms of every command that analyses text).
     */
    private static void add(String code, String name) {
        ALL.put(code, new Language(code, name, in -> stemmed(code, in), () -> stops(code)));
    }

    /** The stemming filter of one language over {@code in}: a case for each language added above ({@code LanguagesTest} stems in every one). */
    private static TokenStream stemmed(String code, TokenStream in) {
        return switch (code) {
            case "ar" -> new SnowballFilter(in, new ArabicStemmer());
            case "hy" -> new SnowballFilter(in, new ArmenianStemmer());
            case "eu" -> new SnowballFilter(in, new BasqueStemmer());
            case "bn" -> new BengaliStemFilter(in);
            case "bg" -> new BulgarianStemFilter(in);
            case "ca" -> new SnowballFilter(new ElisionFilter(in, CATALAN_ELISIONS), new CatalanStemmer());
            case "cs" -> new CzechStemFilter(in);
            case "da" -> new SnowballFilter(in, new DanishStemmer());
            case "nl" -> new SnowballFilter(in, new KpStemmer());
            case "en" -> new PorterStemFilter(in);
            case "et" -> new SnowballFilter(in, new EstonianStemmer());
            case "fi" -> new SnowballFilter(in, new FinnishStemmer());
            case "fr" -> new SnowballFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES), new FrenchStemmer());
            case "gl" -> new GalicianStemFilter(in);
            case "de" -> new SnowballFilter(in, new GermanStemmer());
            case "el" -> new SnowballFilter(in, new GreekStemmer());
            case "hi" -> new SnowballFilter(in, new HindiStemmer());
            case "hu" -> new SnowballFilter(in, new HungarianStemmer());
            case "id" -> new SnowballFilter(in, new IndonesianStemmer());
            case "ga" -> new SnowballFilter(new ElisionFilter(in, IRISH_ELISIONS), new IrishStemmer());
            case "it" -> new SnowballFilter(new ElisionFilter(in, ITALIAN_ELISIONS), new ItalianStemmer());
            case "lv" -> new LatvianStemFilter(in);
            case "lt" -> new SnowballFilter(in, new LithuanianStemmer());
            case "ne" -> new SnowballFilter(in, new NepaliStemmer());
            case "no" -> new SnowballFilter(in, new NorwegianStemmer());
            case "nb" -> new SnowballFilter(in, new NorwegianStemmer());
            case "nn" -> new SnowballFilter(in, new NorwegianStemmer());
            case "fa" -> new PersianStemFilter(in);
            case "pt" -> new SnowballFilter(in, new PortugueseStemmer());
            case "ro" -> new SnowballFilter(in, new RomanianStemmer());
            case "ru" -> new SnowballFilter(in, new RussianStemmer());
            case "sr" -> new SnowballFilter(in, new SerbianStemmer());
            case "ckb" -> new SoraniStemFilter(in);
            case "es" -> new SnowballFilter(in, new SpanishStemmer());
            case "sv" -> new SnowballFilter(in, new SwedishStemmer());
            case "ta" -> new SnowballFilter(in, new TamilStemmer());
            case "te" -> new TeluguStemFilter(in);
            case "tr" -> new SnowballFilter(new ApostropheFilter(in), new TurkishStemmer());
            case "yi" -> new SnowballFilter(in, new YiddishStemmer());
            default -> throw new IllegalStateException("no stemmer for " + code);
        };
    }

    /** The stop words of one language. */
    private static CharArraySet stops(String code) {
        return switch (code) {
            case "ar" -> ArabicAnalyzer.getDefaultStopSet();
            case "hy" -> ArmenianAnalyzer.getDefaultStopSet();
            case "eu" -> BasqueAnalyzer.getDefaultStopSet();
            case "bn" -> BengaliAnalyzer.getDefaultStopSet();
            case "bg" -> BulgarianAnalyzer.getDefaultStopSet();
            case "ca" -> CatalanAnalyzer.getDefaultStopSet();
            case "cs" -> CzechAnalyzer.getDefaultStopSet();
            case "da" -> DanishAnalyzer.getDefaultStopSet();
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
            case "en" -> snowballList("english_stop.txt");
            case "et" -> EstonianAnalyzer.getDefaultStopSet();
            case "fi" -> FinnishAnalyzer.getDefaultStopSet();
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "gl" -> GalicianAnalyzer.getDefaultStopSet();
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "el" -> GreekAnalyzer.getDefaultStopSet();
            case "hi" -> HindiAnalyzer.getDefaultStopSet();
            case "hu" -> HungarianAnalyzer.getDefaultStopSet();
            case "id" -> IndonesianAnalyzer.getDefaultStopSet();
            case "ga" -> IrishAnalyzer.getDefaultStopSet();
            case "it" -> ItalianAnalyzer.getDefaultStopSet();
            case "lv" -> LatvianAnalyzer.getDefaultStopSet();
            case "lt" -> LithuanianAnalyzer.getDefaultStopSet();
            case "ne" -> NepaliAnalyzer.getDefaultStopSet();
            case "no" -> NorwegianAnalyzer.getDefaultStopSet();
            case "nb" -> NorwegianAnalyzer.getDefaultStopSet();
            case "nn" -> NorwegianAnalyzer.getDefaultStopSet();
            case "fa" -> PersianAnalyzer.getDefaultStopSet();
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            case "ro" -> RomanianAnalyzer.getDefaultStopSet();
            case "ru" -> RussianAnalyzer.getDefaultStopSet();
            case "sr" -> SerbianAnalyzer.getDefaultStopSet();
            case "ckb" -> SoraniAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "sv" -> SwedishAnalyzer.getDefaultStopSet();
            case "ta" -> TamilAnalyzer.getDefaultStopSet();
            case "te" -> TeluguAnalyzer.getDefaultStopSet();
            case "tr" -> TurkishAnalyzer.getDefaultStopSet();
            case "yi" -> CharArraySet.EMPTY_SET;
            default -> throw new IllegalStateException("no stop words for " + code);
        };
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
