package thema.interchange;

import thema.interchange.SourceText.Reading;
import thema.project.Text;
import thema.project.ThemaException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code --positions auto}: which reading of a source's positions the other tool used. People
 * rarely cut words, so each reading is scored by how many selections start and end on a word
 * boundary (and a reading that puts a selection past the text is out). Readings that land on
 * the same characters count as one. The tool named in the Project's {@code origin} is the
 * prior: its reading wins a tie; any other needs a clear lead (see {@link #lead}).
 */
final class ReadingChoice {
    /** The reading taken, and the note saying why (null when every reading gives the same characters). */
    record Choice(Reading reading, String note) {
    }

    /** The reading a tool is known to use (docs/interchange.md); the standard's for tools not known to differ. */
    static Reading prior(String origin) {
        String o = origin == null ? "" : origin.toLowerCase(Locale.ROOT);
        if (o.contains("nvivo") && !o.contains("mac")) return Reading.UTF16;
        if (o.matches("qc\\b.*")) return Reading.CODEPOINTS_CRLF1;
        return Reading.CODEPOINTS;
    }

    /**
     * What a reading other than the prior must lead the next one by: one in 20 of the selections
     * the two put on different characters (the others score the same under both), at least one.
     */
    static int lead(int differing) {
        return Math.max(1, (differing + 19) / 20);
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i += 2) if (a[i] != b[i] || a[i + 1] != b[i + 1]) n++;
        return n;
    }

    private record Outcome(List<Reading> readings, int[] spans, int clean) {
    }

    private ReadingChoice() {
    }

    /**
     * Chooses the reading of {@code positions} (start, end pairs) in {@code text}. Returns null
     * when no reading keeps every selection inside the text; throws when none is clearly best.
     */
    static Choice choose(SourceText text, int[] positions, String origin, String source, String label) {
        Reading prior = prior(origin);
        if (text.readingsAgree()) return new Choice(prior, null);
        List<Reading> order = new ArrayList<>(List.of(prior));
        for (Reading r : Reading.values()) if (r != prior) order.add(r);
        List<Outcome> outcomes = new ArrayList<>();
        List<Reading> outside = new ArrayList<>();
        for (Reading r : order) {
            int[] spans = map(text, r, positions);
            if (spans == null) {
                outside.add(r);
                continue;
            }
            Outcome same = outcomes.stream().filter(o -> Arrays.equals(o.spans, spans)).findFirst().orElse(null);
            if (same != null) same.readings.add(r);
            else outcomes.add(new Outcome(new ArrayList<>(List.of(r)), spans, clean(text.stored(), spans)));
        }
        if (outcomes.isEmpty()) return null;
        // stable: the prior's outcome stays first among equals
        outcomes.sort((a, b) -> Integer.compare(b.clean, a.clean));
        Outcome best = outcomes.get(0);
        int n = positions.length / 2;
        if (outcomes.size() == 1 && outside.isEmpty()) return new Choice(best.readings.get(0), null);
        String others = others(outcomes.subList(1, outcomes.size()), outside, text);
        if (outcomes.size() > 1) {
            Outcome next = outcomes.get(1);
            boolean isPrior = best.readings.contains(prior);
            if (!isPrior && best.clean - next.clean < lead(differing(best.spans, next.spans))) {
                throw new ThemaException(label + ": TextSource '" + source + "': no reading of its positions is clearly best ("
                        + describe(best.readings, text) + ": " + best.clean + " of " + n + " selections on word boundaries; " + others
                        + ")", ThemaException.Remedy.POSITIONS);
            }
        }
        String why = outcomes.size() > 1 && best.clean == outcomes.get(1).clean
                ? "; a tie, decided by " + (knownOrigin(origin) ? "the origin '" + origin + "'" : "the standard")
                : "";
        return new Choice(best.readings.get(0), "'" + source + "': positions read as " + describe(best.readings, text) + " ("
                + best.clean + " of " + n + " selections on word boundaries; " + others + why + ")");
    }

    private static boolean knownOrigin(String origin) {
        String o = origin == null ? "" : origin.toLowerCase(Locale.ROOT);
        return o.contains("nvivo") || o.matches("qc\\b.*") || o.contains("atlas.ti") || o.contains("maxqda") || o.contains("qualcoder");
    }

    /** Stored (start, end) of each selection under a reading, or null when one lies outside the text. */
    static int[] map(SourceText text, Reading r, int[] positions) {
        int length = text.length(r);
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i += 2) {
            if (positions[i] > positions[i + 1] || positions[i + 1] > length) return null;
            out[i] = text.toStored(r, positions[i]);
            out[i + 1] = text.toStored(r, positions[i + 1]);
        }
        return out;
    }

    /** Selections that start and end on a word boundary: not between two letters or digits. */
    static int clean(Text t, int[] spans) {
        String s = t.string();
        int n = 0;
        for (int i = 0; i < spans.length; i += 2) {
            if (spans[i] >= spans[i + 1]) continue;
            int a = t.toChar(spans[i]);
            int b = t.toChar(spans[i + 1]);
            boolean start = a == 0 || !word(s.codePointBefore(a)) || !word(s.codePointAt(a));
            boolean end = b == s.length() || !word(s.codePointBefore(b)) || !word(s.codePointAt(b));
            if (start && end) n++;
        }
        return n;
    }

    private static boolean word(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static String others(List<Outcome> rest, List<Reading> outside, SourceText text) {
        List<String> parts = new ArrayList<>();
        for (Outcome o : rest) parts.add(describe(o.readings, text) + ": " + o.clean);
        if (!outside.isEmpty()) parts.add(describe(outside, text) + ": past the end");
        return String.join(", ", parts);
    }

    /** "UTF-16 units with CR counted", "code points with CRLF as one", or shorter when the group spans both. */
    static String describe(List<Reading> group, SourceText text) {
        boolean utf16 = group.stream().allMatch(r -> r.utf16);
        boolean cp = group.stream().noneMatch(r -> r.utf16);
        boolean one = group.stream().allMatch(r -> r.crlfAsOne);
        boolean two = group.stream().noneMatch(r -> r.crlfAsOne);
        String units = utf16 ? "UTF-16 units" : cp ? "code points" : "characters";
        String breaks = text.docx ? (one ? " with a paragraph break as one" : two ? " with a paragraph break as two" : "")
                : (one ? " with CRLF as one" : two ? " with CR counted" : "");
        return units + breaks;
    }
}
