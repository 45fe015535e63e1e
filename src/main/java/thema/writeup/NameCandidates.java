package thema.writeup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import thema.importing.TranscriptParser;
import thema.project.Document;
import thema.project.Project;
import thema.project.Turn;

/**
 * Words that may be names, for the researcher to review before pseudonymising: speaker labels,
 * and capitalised words and pairs of them that do not start a sentence (a capital there proves
 * nothing). Ranked so the likely names come first, each with the reasons: a speaker label; a
 * word that is never written in lower case (names are not; "School" in a heading also appears as
 * "school"); a pair of capitalised words; found in several documents.
 */
public final class NameCandidates {
    /** {@code count}: occurrences as a speaker label or a capital mid-sentence; {@code why}: the reasons of its rank. */
    public record Candidate(String name, int count, List<String> documents, int score, List<String> why) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}’'\\-]*\\p{Ll}(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}’'\\-]*\\p{Ll})?");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Ll}[\\p{L}\\p{M}]*");

    private static final class Tally {
        int speaker, midSentence;
        final TreeSet<String> docs = new TreeSet<>();
    }

    private NameCandidates() {
    }

    public static List<Candidate> of(Project p, int top) {
        Map<String, Tally> tallies = new HashMap<>();
        Set<String> lowercase = new HashSet<>();
        for (Document d : p.documents()) {
            String text = d.text().string();
            for (Turn t : d.turns()) {
                if (t.speaker() != null && !t.speaker().isBlank() && !TranscriptParser.isRoleLabel(t.speaker().strip())) {
                    tally(tallies, t.speaker().strip(), d.id()).speaker++;
                }
                String body = text.substring(d.text().toChar(t.body()), d.text().toChar(t.end()));
                Matcher lower = LOWER_WORD.matcher(body);
                while (lower.find()) lowercase.add(lower.group());
                Matcher m = WORD.matcher(body);
                int from = 0;
                while (from < body.length() && m.find(from)) {
                    if (sentenceStart(body, m.start())) {
                        // a capital at a sentence start proves nothing: look again from the next word
                        int space = m.group().indexOf(' ');
                        from = space < 0 ? m.end() : m.start() + space + 1;
                        while (from < body.length() && Character.isWhitespace(body.charAt(from))) from++;
                        if (space >= 0) {
                            // "Did Jan Peeters": the words after the first are matched on their own
                            Matcher rest = WORD.matcher(body);
                            if (rest.find(from) && rest.start() == from) {
                                tally(tallies, clean(rest.group()), d.id()).midSentence++;
                                from = rest.end();
                            }
                        }
                        continue;
                    }
                    tally(tallies, clean(m.group()), d.id()).midSentence++;
                    from = m.end();
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        tallies.forEach((w, t) -> out.add(rank(w, t, lowercase)));
        out.sort(Comparator.comparingInt((Candidate c) -> -c.score()).thenComparingInt(c -> -c.count()).thenComparing(Candidate::name));
        return out.subList(0, Math.min(top, out.size()));
    }

    private static Candidate rank(String name, Tally t, Set<String> lowercase) {
        List<String> why = new ArrayList<>();
        int score = 0;
        if (t.speaker > 0) {
            score += 4;
            why.add("speaker label");
        }
        if (t.midSentence > 0) why.add("capital mid-sentence ×" + t.midSentence);
        String[] words = name.split(" ");
        long inLowercase = java.util.Arrays.stream(words).filter(w -> lowercase.contains(w.toLowerCase(Locale.ROOT))).count();
        if (words.length > 1) {
            score += 2;
            why.add("capitalised pair");
        }
        if (inLowercase == 0) {
            score += 2;
            why.add("never in lower case");
        } else {
            score -= 3;
            why.add("also in lower case");
        }
        if (t.docs.size() > 1) {
            score += 1;
            why.add("in " + t.docs.size() + " documents");
        }
        return new Candidate(name, t.speaker + t.midSentence, new ArrayList<>(t.docs), score, why);
    }

    private static String clean(String w) {
        return w.replaceAll("[’']s$", "").replaceAll("\\s+", " ");
    }

    private static Tally tally(Map<String, Tally> tallies, String w, String doc) {
        Tally t = tallies.computeIfAbsent(w, k -> new Tally());
        t.docs.add(doc);
        return t;
    }

    /** Whether position i starts a sentence: only spaces and quotes back to the start or a . ! ? : */
    static boolean sentenceStart(String s, int i) {
        int j = i - 1;
        while (j >= 0 && (Character.isWhitespace(s.charAt(j)) || "\"“‘'(—–-".indexOf(s.charAt(j)) >= 0)) j--;
        return j < 0 || ".!?:…".indexOf(s.charAt(j)) >= 0;
    }
}
