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

    /** The units (of this document, in order) whose speaker the filter admits: the speaker of the turn each starts in. */
    public static List<int[]> ofSpeakers(Document d, List<int[]> units, SpeakerFilter f) {
        if (f.isAll()) return units;
        List<int[]> out = new ArrayList<>();
        List<Turn> turns = d.turns();
        // a turn holds many sentences: match its speaker once
        boolean[] admitted = new boolean[turns.size()];
        for (int i = 0; i < admitted.length; i++) admitted[i] = f.admits(turns.get(i).speaker());
        boolean outside = f.admits(null);
        int t = 0;
        for (int[] u : units) {
            while (t + 1 < turns.size() && turns.get(t + 1).start() <= u[0]) t++;
            boolean in = !turns.isEmpty() && turns.get(t).start() <= u[0] && u[0] < Math.max(turns.get(t).end(), turns.get(t).start() + 1);
            if (in ? admitted[t] : outside) out.add(u);
        }
        return out;
    }

    /**
     * The spans of the document whose speaker the filter admits, merged and in order: the turns,
     * and the characters outside every turn (which have no speaker); null when it admits all.
     */
    public static List<int[]> spokenBy(Document d, SpeakerFilter f) {
        if (f.isAll()) return null;
        List<int[]> out = new ArrayList<>();
        boolean gaps = f.admits(null);
        int at = 0;
        for (Turn t : d.turns()) {
            if (gaps && t.start() > at) add(out, at, t.start());
            if (f.admits(t.speaker())) add(out, t.start(), t.end());
            at = Math.max(at, t.end());
        }
        if (gaps && d.length() > at) add(out, at, d.length());
        return out;
    }

    private static void add(List<int[]> spans, int start, int end) {
        if (start >= end) return;
        if (!spans.isEmpty() && spans.get(spans.size() - 1)[1] >= start) {
            spans.get(spans.size() - 1)[1] = Math.max(end, spans.get(spans.size() - 1)[1]);
        } else {
            spans.add(new int[]{start, end});
        }
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
