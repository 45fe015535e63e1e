package thema.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Not a timing: the comparison behind thema's Dutch stemmer (docs/dutch-stemmer.md). Stems every
 * distinct word of the Dutch example transcripts with Snowball {@code dutch}, Snowball {@code kp}
 * (Kraaij-Pohlmann) and Lucene's DutchAnalyzer chain (stop words off), prints the words each joins,
 * then a table of probe words (plurals, diminutives, verb forms, look-alikes).
 * {@code scripts/bench DutchStemmers [transcript dir]} (default examples/zorg-studie/documents).
 */
public final class DutchStemmers {
    static final String[] PROBES = {"kind", "kinderen", "kindje", "kindjes", "meisje", "meisjes", "huis", "huizen", "huisje",
            "brief", "brieven", "les", "lessen", "klas", "klassen", "werken", "werkt", "werkte", "gewerkt", "vraag", "vragen", "gevraagd",
            "zeggen", "gezegd", "lopen", "gelopen", "al", "als", "voor", "vorig", "een", "eens", "arm", "arme", "pas", "passen"};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/zorg-studie/documents");
        Map<String, Analyzer> stemmers = new LinkedHashMap<>();
        stemmers.put("dutch", snowball("Dutch"));
        stemmers.put("kp", snowball("Kp"));
        stemmers.put("DutchAnalyzer", new DutchAnalyzer(CharArraySet.EMPTY_SET));
        TreeSet<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir); Analyzer plain = snowball(null)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String w : terms(plain, Files.readString(f))) if (w.matches("\\p{L}{2,}")) words.add(w);
            }
        }
        System.out.println(dir + ": " + words.size() + " distinct words");
        for (var e : stemmers.entrySet()) {
            Map<String, TreeSet<String>> classes = new TreeMap<>();
            for (String w : words) classes.computeIfAbsent(stem(e.getValue(), w), k -> new TreeSet<>()).add(w);
            long joined = classes.values().stream().filter(c -> c.size() > 1).count();
            System.out.println("\n" + e.getKey() + ": " + classes.size() + " stems, " + joined + " join 2+ words:");
            for (TreeSet<String> c : classes.values()) if (c.size() > 1) System.out.println("  " + String.join(" ", c));
        }
        System.out.printf("%n%-10s", "probe");
        for (String s : stemmers.keySet()) System.out.printf(" %-14s", s);
        System.out.println();
        for (String w : PROBES) {
            System.out.printf("%-10s", w);
            for (Analyzer a : stemmers.values()) System.out.printf(" %-14s", stem(a, w));
            System.out.println();
        }
    }

    /** Lower-cased words, stemmed by the named Snowball stemmer (null: not stemmed). */
    private static Analyzer snowball(String name) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream t = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, name == null ? t : new SnowballFilter(t, name));
            }
        };
    }

    private static String stem(Analyzer a, String word) throws IOException {
        var t = terms(a, word);
        return t.isEmpty() ? "-" : t.get(0);
    }

    private static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
