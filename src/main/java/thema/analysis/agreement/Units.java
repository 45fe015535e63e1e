package thema.analysis.agreement;

import thema.project.Document;
import thema.project.Text;
import thema.project.Turn;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The spans [start, end) (code points) of a document's units, in reading order. */
public final class Units {
    private Units() {
    }

    /** Turn units: each turn from its speaker label to the end of its text. */
    public static List<int[]> turns(Document d) {
        List<int[]> out = new ArrayList<>(d.turns().size());
        for (Turn t : d.turns()) out.add(new int[]{t.start(), t.end()});
        return out;
    }

    /**
     * Sentence units: the sentences of each turn's spoken text, as the JDK's sentence
     * BreakIterator for the project language finds them; white space around them left out.
     */
    public static List<int[]> sentences(Document d, Locale locale) {
        List<int[]> out = new ArrayList<>();
        Text text = d.text();
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        for (Turn t : d.turns()) {
            if (t.body() >= t.end()) continue;
            String body = text.substring(t.body(), t.end());
            int bodyChar = text.toChar(t.body());
            it.setText(body);
            int s = it.first();
            for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                int a = s, b = e;
                while (a < b && Character.isWhitespace(body.charAt(a))) a++;
                while (b > a && Character.isWhitespace(body.charAt(b - 1))) b--;
                if (a < b) out.add(new int[]{text.toCodePoint(bodyChar + a), text.toCodePoint(bodyChar + b)});
            }
        }
        return out;
    }

    /** Index of the first unit whose end lies after {@code offset} (units sorted, not overlapping). */
    static int firstEndingAfter(List<int[]> units, int offset) {
        int lo = 0, hi = units.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (units.get(mid)[1] <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
