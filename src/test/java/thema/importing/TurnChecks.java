package thema.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import thema.project.Text;
import thema.project.Turn;

/** Shared assertions: the invariants every importer result must keep, and small views of it. */
final class TurnChecks {
    private TurnChecks() {
    }

    /**
     * 0 <= start <= body <= end <= length (code points), turns numbered 1..n, ascending and
     * non-overlapping, spoken text trimmed, and no non-space text outside every turn.
     */
    static ParsedTranscript checkInvariants(ParsedTranscript p) {
        String text = p.text();
        int[] cps = text.codePoints().toArray();
        int prevEnd = 0;
        boolean[] covered = new boolean[cps.length];
        for (int i = 0; i < p.turns().size(); i++) {
            Turn t = p.turns().get(i);
            assertEquals(i + 1, t.n(), "turn numbers run 1..n");
            assertTrue(0 <= t.start() && t.start() <= t.body() && t.body() <= t.end() && t.end() <= cps.length,
                    () -> "offsets out of range: " + t + " (length " + cps.length + ")");
            assertTrue(prevEnd <= t.start(), () -> "turns overlap or go backwards at " + t);
            prevEnd = t.end();
            String spoken = spoken(p, t);
            if (!spoken.isEmpty()) {
                assertFalse(isSpace(spoken.codePointAt(0)), () -> "spoken text starts with white space: " + t);
                assertFalse(isSpace(spoken.codePointBefore(spoken.length())), () -> "spoken text ends with white space: " + t);
            }
            for (int k = t.start(); k < t.end(); k++) covered[k] = true;
        }
        for (int k = 0; k < cps.length; k++) {
            int at = k;
            assertTrue(covered[k] || isSpace(cps[k]), () -> "text outside every turn at code point " + at);
        }
        return p;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
    }

    /** The spoken text [body, end), cut by code points independently of thema.project.Text. */
    static String spoken(ParsedTranscript p, Turn t) {
        int[] cps = p.text().codePoints().toArray();
        return new String(cps, t.body(), t.end() - t.body());
    }

    /** The label part [start, body). */
    static String label(ParsedTranscript p, Turn t) {
        return new Text(p.text()).substring(t.start(), t.body());
    }

    static List<String> speakers(ParsedTranscript p) {
        List<String> out = new ArrayList<>();
        for (Turn t : p.turns()) out.add(t.speaker());
        return out;
    }

    static Set<String> distinctSpeakers(ParsedTranscript p) {
        Set<String> out = new LinkedHashSet<>();
        for (Turn t : p.turns()) if (t.speaker() != null) out.add(t.speaker());
        return out;
    }

    static long speakerTurns(ParsedTranscript p) {
        return p.turns().stream().filter(t -> t.speaker() != null).count();
    }

    static List<String> spokenTexts(ParsedTranscript p) {
        List<String> out = new ArrayList<>();
        for (Turn t : p.turns()) out.add(spoken(p, t));
        return out;
    }
}
