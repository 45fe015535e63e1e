package thema.interchange;

import thema.importing.ParsedTranscript;
import thema.importing.TranscriptParser;
import thema.project.Text;
import thema.project.ThemaException;

/**
 * A source's text as thema stores it, and the ways from another tool's positions to it.
 * thema stores the text with every CRLF or CR made LF; the other tool may have counted code
 * points or UTF-16 units of the text as shipped (a CR of a CRLF pair counted) or with each
 * CRLF as one character (see {@link Reading}). Text taken from a .docx has one LF per
 * paragraph break; for it "CR counted" means a paragraph break counted as two, as NVivo does.
 */
final class SourceText {
    /** One way to count positions: units (code points or UTF-16) and whether a CRLF counts as one. */
    enum Reading {
        CODEPOINTS(false, false), UTF16(true, false), CODEPOINTS_CRLF1(false, true), UTF16_CRLF1(true, true);

        final boolean utf16;
        final boolean crlfAsOne;

        Reading(boolean utf16, boolean crlfAsOne) {
            this.utf16 = utf16;
            this.crlfAsOne = crlfAsOne;
        }
    }

    final ParsedTranscript parsed;
    /** True when the text came from a .docx (paragraph breaks rather than line ends). */
    final boolean docx;
    /** The text as the other tool had it, CRs included. */
    private final Text raw;
    /** The stored text (LF only). */
    private final Text stored;
    /** Code points of the text as shipped. */
    final int rawLength;
    /** rawToStored[i]: stored offset of raw offset i; null when they are the same. */
    private final int[] rawToStored;

    private SourceText(String raw, ParsedTranscript parsed, boolean docx) {
        this.raw = new Text(raw);
        this.stored = new Text(parsed.text());
        this.parsed = parsed;
        this.docx = docx;
        this.rawLength = this.raw.length();
        this.rawToStored = raw.length() == parsed.text().length() ? null : map(raw, rawLength);
    }

    private static int[] map(String raw, int rawLength) {
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
        return map;
    }

    /** From decoded text with its line ends as the other tool saw them. */
    static SourceText ofRaw(String raw) {
        // text inside the .qde has the cap of a transcript file too (characters are at most its bytes)
        if (raw.length() > TranscriptParser.MAX_FILE_BYTES) {
            throw new ThemaException("its text is longer than the " + TranscriptParser.MAX_FILE_BYTES / (1024 * 1024)
                    + " MB a transcript may have");
        }
        return new SourceText(raw, TranscriptParser.parsePlain(TranscriptParser.normaliseNewlines(raw)), false);
    }

    /** From a parsed .docx: each paragraph break may count as one character or as two. */
    static SourceText ofDocx(ParsedTranscript p) {
        return new SourceText(p.text().replace("\n", "\r\n"), p, true);
    }

    /** True when every reading gives the same stored offsets: no CR and nothing outside the BMP. */
    boolean readingsAgree() {
        return rawToStored == null && raw.string().length() == rawLength;
    }

    /** A raw code point offset (CR counted) as a stored offset. */
    int toStored(int rawOffset) {
        return rawToStored == null ? rawOffset : rawToStored[rawOffset];
    }

    /** The length of the text under a reading. */
    int length(Reading r) {
        Text t = r.crlfAsOne ? stored : raw;
        return r.utf16 ? t.string().length() : t.length();
    }

    /**
     * A position under a reading as a stored offset (0..storedLength()); the position must be
     * within {@link #length(Reading)}. One inside a surrogate pair counts that character.
     */
    int toStored(Reading r, int position) {
        if (r.crlfAsOne) return r.utf16 ? stored.toCodePoint(position) : position;
        return toStored(r.utf16 ? raw.toCodePoint(position) : position);
    }

    int storedLength() {
        return stored.length();
    }

    /** The stored text, addressed in code points. */
    Text stored() {
        return stored;
    }
}
