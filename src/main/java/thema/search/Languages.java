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
        snowball("ar", "Arabic", ArabicStemmer::new, ArabicAnalyzer::getDefaultStopSet);
        snowball("hy", "Armenian", ArmenianStemmer::new, ArmenianAnalyzer::getDefaultStopSet);
        snowball("eu", "Basque", BasqueStemmer::new, BasqueAnalyzer::getDefaultStopSet);
        add("bn", "Bengali", BengaliStemFilter::new, BengaliAnalyzer::getDefaultStopSet);
        add("bg", "Bulgarian", BulgarianStemFilter::new, BulgarianAnalyzer::getDefaultStopSet);
        add("ca", "Catalan", in -> new SnowballFilter(new ElisionFilter(in, CATALAN_ELISIONS), new CatalanStemmer()), CatalanAnalyzer::getDefaultStopSet);
        add("cs", "Czech", CzechStemFilter::new, CzechAnalyzer::getDefaultStopSet);
        snowball("da", "Danish", DanishStemmer::new, DanishAnalyzer::getDefaultStopSet);
        snowball("nl", "Dutch", KpStemmer::new, DutchAnalyzer::getDefaultStopSet);
        add("en", "English", PorterStemFilter::new, () -> snowballList("english_stop.txt"));
        snowball("et", "Estonian", EstonianStemmer::new, EstonianAnalyzer::getDefaultStopSet);
        snowball("fi", "Finnish", FinnishStemmer::new, FinnishAnalyzer::getDefaultStopSet);
        add("fr", "French", in -> new SnowballFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES), new FrenchStemmer()),
                FrenchAnalyzer::getDefaultStopSet);
        add("gl", "Galician", GalicianStemFilter::new, GalicianAnalyzer::getDefaultStopSet);
        snowball("de", "German", GermanStemmer::new, GermanAnalyzer::getDefaultStopSet);
        snowball("el", "Greek", GreekStemmer::new, GreekAnalyzer::getDefaultStopSet);
        snowball("hi", "Hindi", HindiStemmer::new, HindiAnalyzer::getDefaultStopSet);
        snowball("hu", "Hungarian", HungarianStemmer::new, HungarianAnalyzer::getDefaultStopSet);
        snowball("id", "Indonesian", IndonesianStemmer::new, IndonesianAnalyzer::getDefaultStopSet);
        add("ga", "Irish", in -> new SnowballFilter(new ElisionFilter(in, IRISH_ELISIONS), new IrishStemmer()), IrishAnalyzer::getDefaultStopSet);
        add("it", "Italian", in -> new SnowballFilter(new ElisionFilter(in, ITALIAN_ELISIONS), new ItalianStemmer()), ItalianAnalyzer::getDefaultStopSet);
        add("lv", "Latvian", LatvianStemFilter::new, LatvianAnalyzer::getDefaultStopSet);
        snowball("lt", "Lithuanian", LithuanianStemmer::new, LithuanianAnalyzer::getDefaultStopSet);
        snowball("ne", "Nepali", NepaliStemmer::new, NepaliAnalyzer::getDefaultStopSet);
        snowball("no", "Norwegian", NorwegianStemmer::new, NorwegianAnalyzer::getDefaultStopSet);
        snowball("nb", "Norwegian Bokmål", NorwegianStemmer::new, NorwegianAnalyzer::getDefaultStopSet);
        snowball("nn", "Norwegian Nynorsk", NorwegianStemmer::new, NorwegianAnalyzer::getDefaultStopSet);
        add("fa", "Persian", PersianStemFilter::new, PersianAnalyzer::getDefaultStopSet);
        snowball("pt", "Portuguese", PortugueseStemmer::new, PortugueseAnalyzer::getDefaultStopSet);
        snowball("ro", "Romanian", RomanianStemmer::new, RomanianAnalyzer::getDefaultStopSet);
        snowball("ru", "Russian", RussianStemmer::new, RussianAnalyzer::getDefaultStopSet);
        snowball("sr", "Serbian", SerbianStemmer::new, SerbianAnalyzer::getDefaultStopSet);
        add("ckb", "Sorani Kurdish", SoraniStemFilter::new, SoraniAnalyzer::getDefaultStopSet);
        snowball("es", "Spanish", SpanishStemmer::new, SpanishAnalyzer::getDefaultStopSet);
        snowball("sv", "Swedish", SwedishStemmer::new, SwedishAnalyzer::getDefaultStopSet);
        snowball("ta", "Tamil", TamilStemmer::new, TamilAnalyzer::getDefaultStopSet);
        add("te", "Telugu", TeluguStemFilter::new, TeluguAnalyzer::getDefaultStopSet);
        add("tr", "Turkish", in -> new SnowballFilter(new ApostropheFilter(in), new TurkishStemmer()), TurkishAnalyzer::getDefaultStopSet);
        snowball("yi", "Yiddish", YiddishStemmer::new, () -> CharArraySet.EMPTY_SET);
    }

    private Languages() {
    }

    private static void snowball(String code, String name, Supplier<SnowballStemmer> stemmer, Supplier<CharArraySet> stop) {
        add(code, name, in -> new SnowballFilter(in, stemmer.get()), stop);
    }

    private static void add(String code, String name, Function<TokenStream, TokenStream> stemmer, Supplier<CharArraySet> stop) {
        ALL.put(code, new Language(code, name, stemmer, stop));
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
