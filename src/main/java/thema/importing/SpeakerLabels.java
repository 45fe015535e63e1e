package thema.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which {@code Label:} at the start of a line (or subtitle cue) names a speaker.
 *
 * <p><b>Syntax</b> (a candidate): after optional indentation, either {@code [anything]:}
 * ({@code [SPEAKER_01]:}) or a name of 1-4 words and a colon, at most 40 characters,
 * starting with a letter, followed by white space or the end of the line; Markdown bold
 * around it is allowed ({@code **I:**}, {@code **I**:}). Every word of a name starts with an
 * upper-case letter or a digit ({@code Jan Peeters}, {@code LEHRER}, {@code Dr. Melissa Ko},
 * {@code S01}, {@code Respondent 3}) or is a name particle ({@code van}, {@code de},
 * {@code bin}); a known role word passes in any case. So "she said: no" and "The rule
 * was simple: ask first" are never candidates.
 *
 * <p><b>Acceptance</b>, decided over the whole document because a colon alone proves
 * little:
 * <ul>
 *   <li>a {@code [bracket]:} label always (diarisation output);</li>
 *   <li>a label used at least twice;</li>
 *   <li>a numbered label ({@code S02}, {@code Speaker 3}) whose prefix is shared by a label
 *       used at least twice (noScribe's one-line {@code S02} next to {@code S00}, {@code S01});</li>
 *   <li>a known role word ({@link #ROLES}, optionally numbered: {@code Respondent 3},
 *       {@code P2}), unless it is title-page metadata: used once, before the first use of
 *       a recurring label, on a line next to another label used once
 *       ({@code Interviewer: Yasmine Hassan} above {@code Date: 16/10/2014}, before the
 *       {@code Hassan:} turns).</li>
 * </ul>
 * Everything else ({@code Date:}, {@code Note:}, a one-off {@code Example:}) stays text.
 * Known limit: a speaker who speaks once, with a name that is not a role, is not found.
 */
final class SpeakerLabels {
    /** Role words in English, Dutch, German and French, lower case, without a final dot. */
    static final Set<String> ROLES = Set.of(
            "interviewer", "interviewee", "respondent", "participant", "moderator", "facilitator",
            "researcher", "speaker", "narrator", "host", "guest", "student", "teacher", "parent",
            "child", "patient", "doctor", "nurse", "q", "a", "i", "r", "p", "int", "resp", "iv", "ie",
            "interviewster", "deelnemer", "onderzoeker", "leerkracht", "leraar", "lerares", "ouder",
            "leerling", "kind", "docent", "gespreksleider", "begeleider", "geïnterviewde", "vraag",
            "antwoord", "v", "interviewerin", "befragter", "befragte", "teilnehmer", "teilnehmerin",
            "enquêteur", "enquêtrice", "intervieweur", "répondant", "répondante");

    private static final Set<String> PARTICLES = Set.of(
            "van", "de", "der", "den", "het", "ten", "ter", "te", "von", "zu", "vom", "bin", "ibn", "binti",
            "al", "el", "la", "le", "du", "da", "di", "dos", "das", "del", "y", "'t", "’t");

    private static final Pattern BRACKET = Pattern.compile(
            "[ \\t\\u00A0]*(\\[([^\\]\\n]{1,40})\\][ \\t\\u00A0]*:)(?=[\\s\\u00A0]|$)");
    private static final Pattern NAME = Pattern.compile(
            "[ \\t\\u00A0]*((\\*\\*)?(\\p{L}[^:\\n*\\[\\]<>()]{0,39}?)[ \\t\\u00A0]*(\\*\\*)?:(\\*\\*)?)(?=[\\s\\u00A0]|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{Lu}\\p{Lt}\\p{N}][\\p{L}\\p{M}\\p{N}.'’_\\-]*");
    private static final Pattern NUMBERED = Pattern.compile("(.*?\\p{L})[ _-]?\\p{N}+");

    /**
     * A label found at the start of a line: {@code start}/{@code end} are char indices into
     * that line (the label itself, from its first character to after the colon).
     */
    record Candidate(String name, int start, int end, boolean bracket, int line) {
        /** The same candidate, placed at line (or cue) number {@code line} of its document. */
        Candidate at(int line) {
            return new Candidate(name, start, end, bracket, line);
        }
    }

    private SpeakerLabels() {
    }

    /** The candidate label at the start of {@code line}, or null. */
    static Candidate find(String line) {
        Matcher m = BRACKET.matcher(line);
        if (m.lookingAt()) {
            String name = collapse(m.group(2));
            return name.isEmpty() ? null : new Candidate(name, m.start(1), m.end(1), true, -1);
        }
        m = NAME.matcher(line);
        if (!m.lookingAt()) return null;
        // bold must open before the name and close around the colon, or not be there at all
        boolean open = m.group(2) != null, close = m.group(4) != null || m.group(5) != null;
        if (open != close) return null;
        String name = collapse(m.group(3));
        return isName(name) ? new Candidate(name, m.start(1), m.end(1), false, -1) : null;
    }

    /** Whether {@code s} reads as a speaker name or role (no colon): used for Teams name lines too. */
    static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 40) return false;
        if (isRole(s)) return true;
        String[] words = s.split(" ");
        if (words.length > 4 || !Character.isLetter(s.codePointAt(0))) return false;
        for (int i = 0; i < words.length; i++) {
            boolean particle = i > 0 && PARTICLES.contains(words[i]);
            if (!particle && !WORD.matcher(words[i]).matches()) return false;
        }
        return true;
    }

    /** The names among {@code inOrder} (candidates in document order, placed with {@link Candidate#at}) that count as speakers. */
    static Set<String> accepted(List<Candidate> inOrder) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            String name = inOrder.get(i).name();
            count.merge(name, 1, Integer::sum);
            firstAt.putIfAbsent(name, i);
        }
        Set<String> recurringPrefixes = new HashSet<>();
        int firstRecurring = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() < 2) continue;
            firstRecurring = Math.min(firstRecurring, firstAt.get(e.getKey()));
            String prefix = numberPrefix(e.getKey());
            if (prefix != null) recurringPrefixes.add(prefix);
        }
        Set<Integer> onceLines = new HashSet<>();
        for (Candidate c : inOrder) {
            if (count.get(c.name()) == 1) onceLines.add(c.line());
        }
        Set<String> out = new HashSet<>();
        for (Candidate c : inOrder) {
            String name = c.name();
            boolean once = count.get(name) == 1;
            String prefix = numberPrefix(name);
            boolean family = prefix != null && recurringPrefixes.contains(prefix);
            // with no recurring label there is no title page to tell apart: roles count
            boolean titlePage = firstRecurring != Integer.MAX_VALUE && firstAt.get(name) < firstRecurring
                    && (onceLines.contains(c.line() - 1) || onceLines.contains(c.line() + 1));
            if (c.bracket() || !once || family || (isRole(name) && !titlePage)) out.add(name);
        }
        return out;
    }

    static boolean isRole(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) key = key.substring(0, key.length() - 1);
        if (ROLES.contains(key)) return true;
        String prefix = numberPrefix(key);
        return prefix != null && ROLES.contains(prefix);
    }

    /** "s" for "S01", "speaker" for "Speaker 3"; null for a name without a trailing number. */
    private static String numberPrefix(String name) {
        Matcher m = NUMBERED.matcher(name);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String collapse(String s) {
        return s.trim().replaceAll("[ \\t\\u00A0]+", " ");
    }
}
