package thema.importing;

import java.util.List;
import thema.project.Turn;

/**
 * An imported transcript: the text to store, its speaker turns (code-point offsets into
 * {@code text}), the source format ("txt", "md", "docx", "vtt" or "srt") and warnings about
 * what was read with a doubt ("line 12: ..."), which the import shows, and for a paged source
 * (PDF) the code point where each page begins (else null).
 */
public record ParsedTranscript(String text, List<Turn> turns, String format, List<String> warnings, List<Integer> pages) {
    public ParsedTranscript {
        turns = List.copyOf(turns);
        warnings = List.copyOf(warnings);
        pages = pages == null ? null : List.copyOf(pages);
    }

    public ParsedTranscript(String text, List<Turn> turns, String format, List<String> warnings) {
        this(text, turns, format, warnings, null);
    }

    public ParsedTranscript(String text, List<Turn> turns, String format) {
        this(text, turns, format, List.of());
    }
}
