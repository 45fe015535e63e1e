package thema.project;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * An imported document: its metadata, and its text, read on first use and checked against
 * the SHA-256 recorded at import (a changed transcript would shift every coding).
 */
public final class Document {
    private final DocumentMeta meta;
    private final Path textFile;
    private Text text;
    /** The stamp its text file had when its bytes were last found to match the SHA-256 ({@link VerifiedTexts}), or null. */
    private volatile String verifiedAt;

    Document(DocumentMeta meta, Path textFile, Text text) {
        this.meta = meta;
        this.textFile = textFile;
        this.text = text;
    }

    public String id() {
        return meta.id;
    }

    public DocumentMeta meta() {
        return meta;
    }

    public List<Turn> turns() {
        return meta.turns;
    }

    public Map<String, String> attributes() {
        return meta.attributes;
    }

    /** Length in code points. */
    public int length() {
        return meta.length;
    }

    public synchronized Text text() {
        if (text == null) text = readText(textFile, meta, verifiedAt);
        return text;
    }

    /** Its text file, while it keeps {@code stamp} (a settled one, or null for none), need not be hashed again. */
    void verifiedAt(String stamp) {
        verifiedAt = stamp;
    }

    public Turn turn(int n) {
        if (n < 1 || n > meta.turns.size()) {
            throw new ThemaException("document '" + id() + "' has turns 1.." + meta.turns.size() + ", not " + n);
        }
        return meta.turns.get(n - 1);
    }

    /** The turn containing code point {@code offset} (or the last turn starting before it). */
    public Turn turnAt(int offset) {
        List<Turn> turns = meta.turns;
        int lo = 0, hi = turns.size() - 1, found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (turns.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return turns.isEmpty() ? null : turns.get(found);
    }

    /** The last turn a span [start, end) reaches: the turn of its last code point (of start when it is empty). */
    public Turn lastTurnOf(int start, int end) {
        return turnAt(Math.max(start, end - 1));
    }

    Path textFile() {
        return textFile;
    }

    /**
     * The text file's bytes, refused when they no longer match the SHA-256 recorded at import; not
     * hashed when the file still has {@code verifiedAt}, the stamp it had when it last matched
     * (taken after reading, so bytes read during a change are hashed).
     */
    static byte[] verifiedBytes(Path file, DocumentMeta meta, String verifiedAt) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ThemaException(file + ": document text is missing");
        } catch (IOException e) {
            throw new ThemaException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (verifiedAt != null && FileStamps.trusted() && verifiedAt.equals(Project.stamp(file))) return bytes;
        if (meta.sha256 != null && !meta.sha256.equalsIgnoreCase(sha256(bytes))) {
            throw new ThemaException(file + ": text no longer matches its SHA-256; transcripts must not be edited after import");
        }
        return bytes;
    }

    static Text readText(Path file, DocumentMeta meta, String verifiedAt) {
        byte[] bytes = verifiedBytes(file, meta, verifiedAt);
        // the JDK's own String decoding is many times faster than a CharsetDecoder; it turns bad
        // bytes into U+FFFD, so only a text that holds one is checked strictly
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new ThemaException(file + ": not valid UTF-8");
            }
        }
        Text t = new Text(s);
        if (t.length() != meta.length) {
            throw new ThemaException(file + ": text has " + t.length() + " characters, its .yaml says " + meta.length);
        }
        return t;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
