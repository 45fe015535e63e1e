package thema.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import thema.project.ThemaException;

/**
 * Bytes of a text transcript to a String: UTF-8 (BOM stripped), UTF-16 with a BOM, else
 * Windows-1252 (what Word's "Save as plain text" and old Windows tools write). Line ends
 * become "\n"; nothing else changes, so offsets into the stored text stay stable.
 * Problems are thrown as ThemaException without the file name; the caller adds it.
 */
final class TextDecoding {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined: map them to U+0081... like browsers. */
    private static final char[] CP1252_TABLE = cp1252Table();

    private TextDecoding() {
    }

    static String decode(byte[] bytes) {
        String text = normaliseNewlines(decodeKeepingLineEnds(bytes));
        if (isBlank(text)) throw new ThemaException("the file has no text");
        return text;
    }

    /** As {@link #decode} but with the line ends as they are (offsets of other tools count them). */
    static String decodeKeepingLineEnds(byte[] bytes) {
        if (bytes.length == 0) throw new ThemaException("the file has no text");
        String text = decodeCharset(bytes);
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

    private static String decodeCharset(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            String s = strictUtf8(b, 3);
            return s != null ? s : cp1252(b, 3);
        }
        // UTF-16 BOMs: these files are full of NUL bytes, so they must be caught before the binary check
        if (startsWith(b, 0xFF, 0xFE)) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        if (startsWith(b, 0xFE, 0xFF)) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        String s = strictUtf8(b, 0);
        return s != null ? s : cp1252(b, 0);
    }

    /** Null when the bytes are not valid UTF-8. */
    private static String strictUtf8(byte[] b, int from) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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
