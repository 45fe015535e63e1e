package thema.search;

import thema.project.TableRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import thema.project.Document;
import thema.project.DocumentGroups;
import thema.project.Project;
import thema.project.Turn;

/**
 * The most frequent words of the spoken text (speaker labels left out), per document group,
 * without the stop words of the project's language (Lucene's Dutch and English lists).
 * Words are counted as written, lower-cased: researchers read them, so no stems.
 */
public final class WordFrequencies {
    public record Word(String attribute, String value, String word, int count, int documents) implements TableRow {
        public static final List<String> COLUMNS = List.of("attribute", "value", "word", "count", "documents");

        @Override
        public Map<String, Object> toRow() {
            return TableRow.of(COLUMNS, attribute, value, word, count, documents);
        }
    }

    private WordFrequencies() {
    }

    /** Snowball's stop lists shipped with Lucene (Lucene's own English set is only 33 words). */
    static CharArraySet stopWords(String language) {
        String list = switch (language == null ? "" : language) {
            case "nl" -> "dutch_stop.txt";
            case "en" -> "english_stop.txt";
            default -> null;
        };
        if (list == null) return CharArraySet.EMPTY_SET;
        try {
            return WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(SnowballFilter.class, list, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Word> of(Project p, DocumentGroups groups, int top) {
        CharArraySet stop = stopWords(p.language());
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new StopFilter(new LowerCaseFilter(t), stop));
            }
        };
        List<Word> out = new ArrayList<>();
        for (DocumentGroups.Group g : groups.groups()) {
            Map<String, int[]> counts = new HashMap<>();
            for (String id : g.documents()) {
                Document d = p.document(id);
                Map<String, Boolean> seen = new HashMap<>();
                for (Turn t : d.turns()) {
                    try (TokenStream ts = words.tokenStream("w", d.text().substring(t.body(), t.end()))) {
                        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                        ts.reset();
                        while (ts.incrementToken()) {
                            String w = term.toString();
                            if (w.length() < 2 || w.chars().allMatch(Character::isDigit)) continue;
                            int[] c = counts.computeIfAbsent(w, k -> new int[2]);
                            c[0]++;
                            if (seen.putIfAbsent(w, true) == null) c[1]++;
                        }
                        ts.end();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            counts.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                    .limit(top)
                    .forEach(e -> out.add(new Word(g.attribute(), g.value(), e.getKey(), e.getValue()[0], e.getValue()[1])));
        }
        return out;
    }
}
