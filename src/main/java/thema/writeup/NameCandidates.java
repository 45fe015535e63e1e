package thema.writeup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import thema.project.Document;
import thema.project.Project;
import thema.project.Turn;

/**
 * Words that may be names, for the researcher to review before pseudonymising: capitalised
 * words and pairs of them that do not start a sentence (a capital there proves nothing), with
 * how often they occur and in which documents. Speaker names of the turns count too.
 */
public final class NameCandidates {
    public record Candidate(String name, int count, List<String> documents) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}’'\\-]*\\p{Ll}(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}’'\\-]*\\p{Ll})?");

    private NameCandidates() {
    }

    public static List<Candidate> of(Project p, int top) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, TreeSet<String>> docs = new HashMap<>();
        for (Document d : p.documents()) {
            String text = d.text().string();
            for (Turn t : d.turns()) {
                if (t.speaker() != null && !t.speaker().isBlank() && !thema.importing.TranscriptParser.isRoleLabel(t.speaker().strip())) {
                    add(counts, docs, t.speaker().strip(), d.id());
                }
                String body = text.substring(d.text().toChar(t.body()), d.text().toChar(t.end()));
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
                                add(counts, docs, clean(rest.group()), d.id());
                                from = rest.end();
                            }
                        }
                        continue;
                    }
                    add(counts, docs, clean(m.group()), d.id());
                    from = m.end();
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        counts.forEach((w, c) -> out.add(new Candidate(w, c[0], new ArrayList<>(docs.get(w)))));
        out.sort(Comparator.comparingInt((Candidate c) -> -c.count()).thenComparing(Candidate::name));
        return out.subList(0, Math.min(top, out.size()));
    }

    private static String clean(String w) {
        return w.replaceAll("[’']s$", "").replaceAll("\\s+", " ");
    }

    private static void add(Map<String, int[]> counts, Map<String, TreeSet<String>> docs, String w, String doc) {
        counts.computeIfAbsent(w, k -> new int[1])[0]++;
        docs.computeIfAbsent(w, k -> new TreeSet<>()).add(doc);
    }

    /** Whether position i starts a sentence: only spaces and quotes back to the start or a . ! ? : */
    static boolean sentenceStart(String s, int i) {
        int j = i - 1;
        while (j >= 0 && (Character.isWhitespace(s.charAt(j)) || "\"“‘'(—–-".indexOf(s.charAt(j)) >= 0)) j--;
        return j < 0 || ".!?:…".indexOf(s.charAt(j)) >= 0;
    }
}
