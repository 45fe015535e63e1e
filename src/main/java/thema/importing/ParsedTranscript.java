package thema.importing;

import java.util.List;
import thema.project.Turn;

/**
 * An imported transcript: the text to store, its speaker turns (code-point offsets into
 * {@code text}) and the source format ("txt", "md", "docx", "vtt" or "srt").
 */
public record ParsedTranscript(String text, List<Turn> turns, String format) {
    public ParsedTranscript {
        turns = List.copyOf(turns);
    }
}
