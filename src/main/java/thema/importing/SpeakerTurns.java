package thema.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import thema.project.Text;
import thema.project.Turn;

/**
 * Speaker turns in plain text (.txt, .md, and .docx after {@link DocxText}).
 *
 * <p>A line that starts with an accepted speaker label ({@link SpeakerLabels}) starts a
 * turn that runs until the next such line; unlabelled lines and paragraphs after it are
 * its continuation. Two labels by the same speaker stay two turns: the transcriber drew
 * that boundary. A Teams block (a line {@code 0:0:0.0 --> 0:0:1.510}, a name line, then
 * the text) also starts a turn, with that name and timing. A time in brackets or parentheses
 * before the label or right after it ({@code [00:01:23] Interviewer:}, noScribe's
 * {@code (00:01:23)}) becomes the turn's {@code from}; the turn then starts at the time. Text before the first label
 * (or a text without labels) becomes one unlabelled turn per paragraph, paragraphs being
 * separated by blank (white-space-only) lines.
 *
 * <p>Offsets are code points. {@code start} is the label's first character (indentation
 * excluded), {@code body} the first non-space character after it, {@code end} the end of
 * the last non-space character before the next turn; a label with no text after it gets
 * {@code body == end} right after the colon.
 */
final class SpeakerTurns {
    /** A time in brackets or parentheses at the start of a line or of a turn's text: [00:01:23], (01:23), [0:01:23.5]. */
    private static final Pattern LEADING_TIME = Pattern.compile("[ \\t\\u00A0]*([\\[(](\\d{1,2}(?::\\d{1,2}){1,2}(?:[.,]\\d{1,3})?)[\\])])[ \\t\\u00A0]*");

    private SpeakerTurns() {
    }

    /** A line of the text: char indices [start, end), the "\n" excluded. */
    private record Line(int start, int end) {
    }

    /** Where a labelled turn starts: char indices, speaker, optional timing. */
    private record Label(int line, int start, int bodyFrom, String speaker, String from, String until) {
    }

    static List<Turn> find(String text) {
        List<Line> lines = lines(text);
        List<Label> labels = labels(text, lines);
        Text cps = new Text(text);
        List<Turn> turns = new ArrayList<>();
        int firstLabelChar = labels.isEmpty() ? text.length() : lines.get(labels.get(0).line()).start();
        paragraphs(text, lines, firstLabelChar, cps, turns);
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            int regionEnd = i + 1 < labels.size() ? lines.get(labels.get(i + 1).line()).start() : text.length();
            int body = Whitespace.firstNonSpace(text, l.bodyFrom(), regionEnd);
            int end = body < 0 ? l.bodyFrom() : Whitespace.endOfNonSpace(text, l.bodyFrom(), regionEnd);
            if (body < 0) body = l.bodyFrom();
            turns.add(new Turn(turns.size() + 1, l.speaker(), cps.toCodePoint(l.start()),
                    cps.toCodePoint(body), cps.toCodePoint(end), l.from(), l.until()));
        }
        return turns;
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            out.add(new Line(from, end));
            from = end + 1;
        }
        return out;
    }

    /** Teams blocks and accepted "Label:" lines, in document order. */
    private static List<Label> labels(String text, List<Line> lines) {
        List<Label> teams = new ArrayList<>();
        List<SpeakerLabels.Candidate> candidates = new ArrayList<>();
        List<Integer> candidateLines = new ArrayList<>();
        List<String[]> candidateTimes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = line(text, lines.get(i));
            Label block = teamsBlock(text, lines, i, line);
            if (block != null) {
                teams.add(block);
                i += 2; // the name line and the first text line belong to the block
                continue;
            }
            // "[00:01:23] Interviewer:" or noScribe's "(00:01:23) S01:": the time, then the label
            Matcher time = LEADING_TIME.matcher(line);
            String from = time.lookingAt() ? Timestamps.normalise(time.group(2)) : null;
            int shift = from == null ? 0 : time.end();
            SpeakerLabels.Candidate c = SpeakerLabels.find(line.substring(shift));
            if (c != null) {
                int start = from == null ? c.start() : time.start(1);
                candidates.add(new SpeakerLabels.Candidate(c.name(), start, shift + c.end(), c.bracket(), i));
                candidateLines.add(i);
                candidateTimes.add(new String[] {from});
            }
        }
        Set<String> speakers = SpeakerLabels.accepted(candidates);
        List<Label> out = new ArrayList<>(teams);
        for (int k = 0; k < candidates.size(); k++) {
            SpeakerLabels.Candidate c = candidates.get(k);
            if (!speakers.contains(c.name())) continue;
            Line line = lines.get(candidateLines.get(k));
            int bodyFrom = line.start() + c.end();
            String from = candidateTimes.get(k)[0];
            // "Interviewer: [00:01:23] ..." or "S01: (00:01:23) ...": the time after the label
            Matcher after = LEADING_TIME.matcher(text).region(bodyFrom, line.end());
            if (from == null && after.lookingAt() && Timestamps.normalise(after.group(2)) != null) {
                from = Timestamps.normalise(after.group(2));
                bodyFrom = after.end();
            }
            out.add(new Label(candidateLines.get(k), line.start() + c.start(), bodyFrom, c.name(), from, null));
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    /** A Teams block at line i: timing line, name line, non-blank text line; else null. */
    private static Label teamsBlock(String text, List<Line> lines, int i, String line) {
        if (i + 2 >= lines.size() || !line.contains("-->")) return null;
        String[] timing = Timestamps.strictTiming(line);
        if (timing == null) return null;
        String name = line(text, lines.get(i + 1)).strip().replaceAll("\\s+", " ");
        if (!isTeamsName(name) || line(text, lines.get(i + 2)).isBlank()) return null;
        Line l = lines.get(i);
        int start = Whitespace.firstNonSpace(text, l.start(), l.end());
        return new Label(i, start, lines.get(i + 2).start(), name, timing[0], timing[1]);
    }

    /** Teams writes "Some Body", "Bond, James" or "James Bond (Guest)": the timing line above is the real evidence. */
    private static boolean isTeamsName(String name) {
        return name.length() <= 60 && SpeakerLabels.isName(name.replaceFirst("\\s*\\([^()]*\\)$", "").replace(",", ""));
    }

    /** One unlabelled turn per blank-line separated paragraph in [0, limit). */
    private static void paragraphs(String text, List<Line> lines, int limit, Text cps, List<Turn> turns) {
        int paraStart = -1, paraEnd = -1;
        for (Line l : lines) {
            if (l.start() >= limit) break;
            int first = Whitespace.firstNonSpace(text, l.start(), Math.min(l.end(), limit));
            if (first < 0) {
                if (paraStart >= 0) turns.add(unlabelled(turns.size() + 1, paraStart, paraEnd, cps));
                paraStart = -1;
                continue;
            }
            if (paraStart < 0) paraStart = first;
            paraEnd = Whitespace.endOfNonSpace(text, l.start(), Math.min(l.end(), limit));
        }
        if (paraStart >= 0) turns.add(unlabelled(turns.size() + 1, paraStart, paraEnd, cps));
    }

    private static Turn unlabelled(int n, int start, int end, Text cps) {
        int s = cps.toCodePoint(start);
        return new Turn(n, null, s, s, cps.toCodePoint(end));
    }

    private static String line(String text, Line l) {
        return text.substring(l.start(), l.end());
    }
}
