package thema.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The rule of the query language's {@code speaker:} filter, for code that picks turns without
 * the index (agreement by speaker): a name matches a speaker when it is the whole label in any
 * case, or its words (as the speaker field's analyzer finds them: lower case, accents folded)
 * stand in a row in the label, so "melissa" and "Melissa Ko" match "Dr. Melissa Ko".
 */
public final class SpeakerNames {
    /** The analyzer the index gives the speaker words (the language does not matter for them). */
    private static final Analyzer WORDS = Analyzers.forLanguage(null);

    private SpeakerNames() {
    }

    public static boolean matches(String speaker, String name) {
        if (speaker == null || name == null || name.isBlank()) return false;
        if (speaker.toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) return true;
        List<String> words = words(name);
        return !words.isEmpty() && Collections.indexOfSubList(words(speaker), words) >= 0;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = WORDS.tokenStream(TurnFields.SPEAKER_WORDS, s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
