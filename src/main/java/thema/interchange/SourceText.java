package thema.interchange;

import thema.importing.ParsedTranscript;
import thema.importing.TranscriptParser;
import thema.project.ThemaException;

/**
 * A source's text as thema stores it, and the way from the other tool's positions to it.
 * Positions in a .qdpx count characters (code points) of the plain-text file as it is, after
 * any BOM; thema stores the text with every CRLF or CR made LF, so where the file has CRs
 * the positions are mapped: a CR of a CRLF pair counts in the file but not in thema's text.
 */
final class SourceText {
    final ParsedTranscript parsed;
    /** The text as the other tool had it, for positions in UTF-16 units. */
    private final thema.project.Text raw;
    /** Code points of the text as the other tool counted them. */
    final int rawLength;
    /** rawToStored[i]: stored offset of raw offset i; null when they are the same. */
    private final int[] rawToStored;

    private SourceText(String raw, ParsedTranscript parsed, int rawLength, int[] rawToStored) {
        this.raw = new thema.project.Text(raw);
        this.parsed = parsed;
        this.rawLength = rawLength;
        this.rawToStored = rawToStored;
    }

    /** From decoded text with its line ends as the other tool saw them. */
    static SourceText ofRaw(String raw) {
        // text inside the .qde has the cap of a transcript file too (characters are at most its bytes)
        if (raw.length() > TranscriptParser.MAX_FILE_BYTES) {
            throw new ThemaException("its text is longer than the " + TranscriptParser.MAX_FILE_BYTES / (1024 * 1024)
                    + " MB a transcript may have");
        }
        String stored = TranscriptParser.normaliseNewlines(raw);
        ParsedTranscript p = TranscriptParser.parsePlain(stored);
        int rawLength = raw.codePointCount(0, raw.length());
        if (stored.length() == raw.length()) return new SourceText(raw, p, rawLength, null);
        int[] map = new int[rawLength + 1];
        int cp = 0;
        int out = 0;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            map[cp++] = out;
            boolean crOfPair = c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
            if (!crOfPair) out++;
            i += Character.charCount(c);
        }
        map[cp] = out;
        return new SourceText(raw, p, rawLength, map);
    }

    /** From an already parsed file (a .docx twin): positions are taken as they are. */
    static SourceText ofParsed(ParsedTranscript p) {
        String t = p.text();
        return new SourceText(t, p, t.codePointCount(0, t.length()), null);
    }

    int toStored(int raw) {
        return rawToStored == null ? raw : rawToStored[raw];
    }

    /** Length in UTF-16 code units, as Java, .NET and Qt programs count. */
    int utf16Length() {
        return raw.string().length();
    }

    /** A position counted in UTF-16 code units; one inside a surrogate pair counts that character. */
    int toStoredFromUtf16(int index) {
        return toStored(raw.toCodePoint(index));
    }

    int storedLength() {
        return toStored(rawLength);
    }
}
