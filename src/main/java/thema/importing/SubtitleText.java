package thema.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import thema.project.Turn;

/**
 * A .vtt/.srt file as a transcript. Subtitle tools cut speech into short cues, so
 * consecutive cues of the same speaker merge into one turn, and a cue without a speaker
 * continues the previous turn (cues before any speaker form one unlabelled turn).
 * Speaker: the voice span, else a {@code [bracket]:} prefix, else a {@code Name:} prefix
 * accepted by {@link SpeakerLabels} over all cues of the file.
 *
 * <p>The stored text is generated: one paragraph per turn, {@code Speaker: text} (just the
 * text without a speaker), paragraphs separated by a blank line, a final "\n". A turn's
 * {@code from}/{@code until} are its first cue's start and last cue's end.
 */
final class SubtitleText {
    private SubtitleText() {
    }

    /** A turn being assembled. */
    private static final class Pending {
        final String speaker;
        final List<String> parts = new ArrayList<>();
        String from;
        String until;

        Pending(String speaker) {
            this.speaker = speaker;
        }
    }

    /** Null when the file has no cue with text. */
    static ParsedTranscript parse(String decoded, String format) {
        List<String> warnings = new ArrayList<>();
        List<SubtitleCues.Cue> cues = SubtitleCues.parse(decoded, warnings);
        List<CueText.Spoken> spoken = new ArrayList<>();
        List<SpeakerLabels.Candidate> candidates = new ArrayList<>();
        for (SubtitleCues.Cue c : cues) {
            CueText.Spoken s = CueText.of(c.lines());
            spoken.add(s);
            if (s.label() != null) candidates.add(s.label().at(spoken.size() - 1));
        }
        Set<String> accepted = SpeakerLabels.accepted(candidates);
        List<Pending> turns = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            CueText.Spoken s = spoken.get(i);
            String speaker = s.voice();
            String text = s.text();
            if (speaker == null && s.label() != null && accepted.contains(s.label().name())) {
                speaker = s.label().name();
                text = s.afterLabel();
            }
            if (text.isEmpty()) continue;
            Pending last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
            if (last == null || (speaker != null && !Objects.equals(speaker, last.speaker))) {
                last = new Pending(speaker);
                turns.add(last);
            }
            last.parts.add(text);
            if (last.from == null) last.from = cues.get(i).from();
            if (cues.get(i).until() != null) last.until = cues.get(i).until();
        }
        return turns.isEmpty() ? null : render(turns, format, warnings);
    }

    private static ParsedTranscript render(List<Pending> pending, String format, List<String> warnings) {
        StringBuilder text = new StringBuilder();
        List<Turn> turns = new ArrayList<>();
        int cp = 0;
        for (Pending p : pending) {
            if (text.length() > 0) {
                text.append("\n\n");
                cp += 2;
            }
            String label = p.speaker == null ? "" : p.speaker + ": ";
            String body = String.join(" ", p.parts);
            int start = cp;
            int bodyAt = start + label.codePointCount(0, label.length());
            int end = bodyAt + body.codePointCount(0, body.length());
            turns.add(new Turn(turns.size() + 1, p.speaker, start, bodyAt, end, p.from, p.until));
            text.append(label).append(body);
            cp = end;
        }
        text.append('\n');
        return new ParsedTranscript(text.toString(), List.copyOf(turns), format, warnings);
    }
}
