package thema.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import thema.project.ThemaException;

/**
 * Bytes of a text transcript to a String. Without a given encoding the file decides, with
 * evidence: a BOM (UTF-8, UTF-16), UTF-16 without a BOM (ASCII letters beside NUL bytes),
 * valid UTF-8, or else Windows-1252 (what Word's "Save as plain text" and old Windows tools
 * write) when no byte sequence in it is UTF-8. A file that is UTF-8 apart from a few bytes is
 * refused naming them (read as Windows-1252 every accented letter would be garbled), and so is
 * one whose non-ASCII bytes come in runs as in Shift-JIS, GBK, KOI8-R or Windows-1251, which
 * Windows-1252 would turn into nonsense: {@code --encoding NAME} reads either as the user says.
 * Line ends become "\n"; nothing else changes, so offsets into the stored text stay stable.
 * Problems are thrown as ThemaException without the file name; the caller adds it.
 */
final class TextDecoding {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined: map them to U+0081... like browsers. */
    private static final char[] CP1252_TABLE = cp1252Table();
    /** How many bad bytes an error names before "and N more". */
    private static final int NAMED = 3;

    private TextDecoding() {
    }

    static String decode(byte[] bytes, Charset encoding) {
        String text = normaliseNewlines(decodeKeepingLineEnds(bytes, encoding));
        if (isBlank(text)) throw new ThemaException("the file has no text");
        return text;
    }

    /** As {@link #decode} but with the line ends as they are (offsets of other tools count them); null: detect. */
    static String decodeKeepingLineEnds(byte[] bytes, Charset encoding) {
        if (bytes.length == 0) throw new ThemaException("the file has no text");
        String text = encoding != null ? given(bytes, encoding) : decodeCharset(bytes);
        if (looksBinary(text)) throw new ThemaException("looks like a binary file, not a transcript");
        return text;
    }

    static String normaliseNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Whitespace.is(s.charAt(i))) return false;
        }
        return true;
    }

    /** The encoding the user named; a byte it cannot read is an error naming it, a BOM is dropped. */
    private static String given(byte[] b, Charset encoding) {
        String s;
        if (encoding.equals(CP1252)) {
            s = cp1252(b, 0);
        } else {
            CharsetDecoder d = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(b);
            try {
                s = d.decode(in).toString();
            } catch (CharacterCodingException e) {
                throw new ThemaException("not valid " + encoding.name() + " at byte " + in.position() + " (line " + line(b, in.position()) + ")");
            }
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String decodeCharset(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return utf8(b, 3, true);
        // UTF-16 BOMs: these files are full of NUL bytes, so they must be caught before the binary check
        if (startsWith(b, 0xFF, 0xFE)) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        if (startsWith(b, 0xFE, 0xFF)) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) return new String(b, utf16);
        return utf8(b, 0, false);
    }

    /**
     * UTF-16 without a BOM: text in Latin script puts a NUL beside nearly every letter, on odd
     * offsets for little-endian, even ones for big-endian, and hardly ever on the others.
     */
    private static Charset utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) return null;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < b.length; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = b.length / 2;
        if (oddNul * 10L >= pairs * 6L && evenNul * 50L < pairs) return StandardCharsets.UTF_16LE;
        if (evenNul * 10L >= pairs * 6L && oddNul * 50L < pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    /**
     * Valid UTF-8 as it is. Otherwise the evidence decides: UTF-8 sequences in it, as many as the
     * bad bytes or more (or a UTF-8 BOM), make it UTF-8 with a few damaged bytes, refused naming
     * them; none or hardly any make it a legacy 8-bit file: Windows-1252 unless it looks like another.
     */
    private static String utf8(byte[] b, int from, boolean bom) {
        String s = new String(b, from, b.length - from, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) return s;
        int valid = 0;
        List<Integer> bad = new ArrayList<>();
        int badCount = 0;
        for (int i = from; i < b.length; ) {
            int n = sequenceLength(b, i);
            if (n > 1) {
                valid++;
                i += n;
            } else if (n == 1) {
                i++;
            } else {
                if (bad.size() < NAMED) bad.add(i);
                badCount++;
                i++;
            }
        }
        if (badCount == 0) return s; // a real U+FFFD in the text
        if (bom || valid >= badCount) {
            StringBuilder where = new StringBuilder();
            for (int k = 0; k < bad.size(); k++) {
                if (k > 0) where.append(k == bad.size() - 1 && badCount == bad.size() ? " and " : ", ");
                where.append(bad.get(k)).append(" (line ").append(line(b, bad.get(k))).append(')');
            }
            if (badCount > bad.size()) where.append(" and ").append(badCount - bad.size()).append(" more");
            throw new ThemaException("UTF-8 apart from " + (badCount == 1 ? "the byte at " : badCount + " bytes at ") + where
                    + "; fix " + (badCount == 1 ? "it" : "them"), ThemaException.Remedy.ENCODING);
        }
        if (looksMultiByte(b, from)) {
            throw new ThemaException("not UTF-8, and its non-ASCII bytes come in runs as in Shift-JIS, GBK, KOI8-R or Windows-1251, "
                    + "not as in Windows-1252; save it as UTF-8", ThemaException.Remedy.ENCODING);
        }
        return cp1252(b, from);
    }

    /** Bytes of the UTF-8 sequence at i: 1 for ASCII, 2 to 4 for a valid sequence, 0 for a bad byte. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c < 0x80) return 1;
        int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > b.length) return 0;
        for (int k = 1; k < n; k++) if ((b[i + k] & 0xC0) != 0x80) return 0;
        int second = b[i + 1] & 0xFF;
        // overlong forms, surrogates and code points past U+10FFFF
        if (c == 0xE0 && second < 0xA0 || c == 0xED && second > 0x9F || c == 0xF0 && second < 0x90 || c == 0xF4 && second > 0x8F) return 0;
        return n;
    }

    /**
     * Western European text in Windows-1252 has its non-ASCII bytes mostly alone between ASCII
     * letters ("caf\u00e9", "gro\u00dfe"); Cyrillic, Greek and East Asian 8-bit and double-byte
     * encodings put them in runs of three or more (whole words). A fifth of the runs that long, or
     * non-ASCII bytes outnumbering the ASCII letters, is taken as such an encoding.
     */
    static boolean looksMultiByte(byte[] b, int from) {
        int runs = 0;
        int longRuns = 0;
        int high = 0;
        int letters = 0;
        int run = 0;
        for (int i = from; i <= b.length; i++) {
            int c = i < b.length ? b[i] & 0xFF : 0;
            if (c >= 0x80) {
                high++;
                run++;
                continue;
            }
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') letters++;
            if (run > 0) {
                runs++;
                if (run >= 3) longRuns++;
            }
            run = 0;
        }
        return runs > 0 && (longRuns * 5 >= runs || high > letters);
    }

    private static int line(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) if (b[i] == '\n') line++;
        return line;
    }

    private static String cp1252(byte[] b, int from) {
        char[] out = new char[b.length - from];
        for (int i = from; i < b.length; i++) out[i - from] = CP1252_TABLE[b[i] & 0xFF];
        return new String(out);
    }

    private static char[] cp1252Table() {
        char[] t = new char[256];
        for (int i = 0; i < 256; i++) {
            CharsetDecoder d = CP1252.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                CharBuffer c = d.decode(ByteBuffer.wrap(new byte[] {(byte) i}));
                t[i] = c.get(0);
            } catch (CharacterCodingException e) {
                t[i] = (char) i;
            }
        }
        return t;
    }

    /** NUL characters, or more than 2% control characters other than tab, newline, CR, form feed. */
    static boolean looksBinary(String s) {
        int controls = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) return true;
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                    && !(c >= 0x80 && c <= 0x9F)) {
                controls++;
            }
        }
        return controls * 50L > s.length();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
