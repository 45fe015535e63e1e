package thema.importing;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spoken text of one cue: a leading {@code <v Name>} voice span gives the speaker
 * (with or without {@code </v>}); other tags ({@code <c.x>}, {@code <i>}, {@code </v>},
 * karaoke timestamps) and SubRip's {@code {\an8}} codes are dropped, HTML entities
 * decoded, lines joined with a space and white-space runs collapsed. Without a voice
 * span, a {@code [SPEAKER_01]:} or {@code Name:} prefix is returned as a candidate for
 * document-wide acceptance.
 */
final class CueText {
    private static final Pattern VOICE = Pattern.compile("\\s*<v(?:\\.[^\\s>]+)*[ \\t]+([^>]*)>");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]*>");
    /** SubRip files from Aegisub and friends carry ASS override codes such as {\an8}. */
    private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^}\\n]*\\}");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of(
            "lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'", "nbsp", " ",
            "lrm", "", "rlm", "", "shy", "", "hellip", "…");

    /** A cue's text: the voice speaker (or null), and a label candidate found in the text (or null). */
    record Spoken(String voice, SpeakerLabels.Candidate label, String text) {
        /** The text after the label, for a label that was accepted as a speaker. */
        String afterLabel() {
            return text.substring(label.end()).strip();
        }
    }

    private CueText() {
    }

    static Spoken of(List<String> lines) {
        String raw = String.join("\n", lines);
        String voice = null;
        Matcher v = VOICE.matcher(raw);
        if (v.lookingAt()) {
            // noScribe writes overlap markers into voice names ("<v //S02>"): keep the speaker code
            voice = v.group(1).replaceFirst("^[\\s/]+", "").strip().replaceAll("\\s+", " ");
            if (voice.isEmpty()) voice = null;
            raw = raw.substring(v.end());
        }
        String untagged = ASS_OVERRIDE.matcher(TAG.matcher(raw).replaceAll("")).replaceAll("");
        String text = decodeEntities(untagged).replaceAll("[\\s\\u00A0]+", " ").strip();
        SpeakerLabels.Candidate label = voice == null ? SpeakerLabels.find(text) : null;
        return new Spoken(voice, label, text);
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            boolean ok = Character.isValidCodePoint(cp) && cp != 0 && !(cp >= 0xD800 && cp <= 0xDFFF);
            return ok ? new String(Character.toChars(cp)) : whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
