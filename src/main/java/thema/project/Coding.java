package thema.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * One coded segment: code {@code code} applied to code points [start, end) of document
 * {@code doc}. {@code key} marks a key quote; {@code memo} is the coder's note on it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"doc", "start", "end", "code", "memo", "key", "author", "time"})
public record Coding(String doc, int start, int end, String code, String memo, Boolean key, String author, String time) {
    /** The order codings are kept and written in, so files diff and merge cleanly. */
    public static final Comparator<Coding> ORDER = Comparator.comparing(Coding::doc)
            .thenComparingInt(Coding::start)
            .thenComparingInt(Coding::end)
            .thenComparing(Coding::code);

    public Coding(String doc, int start, int end, String code, String author, String time) {
        this(doc, start, end, code, null, null, author, time);
    }

    /** The time codings, memos and history steps are stamped with: UTC, to the second. */
    public static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Two codings are the same segment when document, span and code match. */
    public boolean sameSegment(Coding o) {
        return doc.equals(o.doc) && start == o.start && end == o.end && code.equals(o.code);
    }

    public boolean overlaps(String otherDoc, int s, int e) {
        return doc.equals(otherDoc) && start < e && s < end;
    }

    /** Whether this is a key quote. (Not named isKey: Jackson would take it for the 'key' property and, ignored, drop it from the file.) */
    public boolean keyQuote() {
        return Boolean.TRUE.equals(key);
    }

    public Coding withCode(String c) {
        return new Coding(doc, start, end, c, memo, key, author, time);
    }

    public Coding withMemo(String m) {
        return new Coding(doc, start, end, code, m == null || m.isBlank() ? null : m, key, author, time);
    }

    public Coding withKey(boolean k) {
        return new Coding(doc, start, end, code, memo, k ? Boolean.TRUE : null, author, time);
    }

    public Coding withSpan(int s, int e) {
        return new Coding(doc, s, e, code, memo, key, author, time);
    }
}
