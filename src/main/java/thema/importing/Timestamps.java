package thema.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subtitle timestamps in the forms real tools write: WebVTT {@code 00:01:02.500} and
 * {@code 01:02.500}, SubRip {@code 00:01:02,500}, and Teams' non-compliant
 * {@code 0:0:1.51}; all normalised to {@code HH:MM:SS.mmm}.
 */
final class Timestamps {
    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,3}))?");
    /** A timing line: start --> end, optionally followed by WebVTT cue settings. */
    private static final Pattern TIMING = Pattern.compile("\\s*(\\S+)\\s*-->\\s*(\\S+)(\\s.*)?");

    private Timestamps() {
    }

    /** {@code HH:MM:SS.mmm}, or null when {@code s} is not a timestamp. */
    static String normalise(String s) {
        Matcher m = TIME.matcher(s);
        if (!m.matches()) return null;
        int h = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        int sec = Integer.parseInt(m.group(3));
        if (min > 59 || sec > 59) return null;
        // a fraction is decimal: Teams' ".51" is 510 ms
        String frac = m.group(4) == null ? "000" : (m.group(4) + "00").substring(0, 3);
        return String.format("%02d:%02d:%02d.%s", h, min, sec, frac);
    }

    /** {from, until} of a timing line, normalised (an unreadable one is null); null if not a timing line. */
    static String[] timing(String line) {
        Matcher m = TIMING.matcher(line);
        if (!m.matches()) return null;
        return new String[] {normalise(m.group(1)), normalise(m.group(2))};
    }

    /** A line that is only "start --> end" with two readable timestamps (a Teams .docx header line). */
    static String[] strictTiming(String line) {
        Matcher m = TIMING.matcher(line);
        if (!m.matches() || (m.group(3) != null && !m.group(3).isBlank())) return null;
        String from = normalise(m.group(1)), until = normalise(m.group(2));
        return from == null || until == null ? null : new String[] {from, until};
    }
}
