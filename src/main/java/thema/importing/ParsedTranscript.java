package thema.importing;

import java.util.List;
import thema.project.Turn;

/**
 * An imported transcript: the text to store, its speaker turns (code-point offsets into
 * {@code text}), the source format ("txt", "md", "docx", "vtt" or "srt") and warnings about
 * what was read with a doubt ("line 12: ..."), which the import shows.
 */
public record ParsedTranscript(String text, List<Turn> turns, String format, List<String> warnings) {
    public ParsedTranscript {
        turns = List.copyOf(turns);
        warnings = List.copyOf(warnings);
    }

    public ParsedTranscript(String text, List<Turn> turns, String format) {
        this(text, turns, format, List.of());
    }
}
