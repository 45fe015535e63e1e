package thema.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Positions counted in another tool's text (CRLF, lone CR, emoji) land on the same characters in thema's stored text. */
class SourceTextProperties {
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "é", "😀", "\r\n", "\r", "\n", " ", "“", "👩‍👧").list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void mappedSpansHoldTheSameText(@ForAll("texts") String raw, @ForAll("fractions") double f1, @ForAll("fractions") double f2) {
        SourceText t = SourceText.ofRaw(raw);
        int n = raw.codePointCount(0, raw.length());
        assertEquals(n, t.rawLength);
        String stored = t.parsed.text();
        assertEquals(stored.codePointCount(0, stored.length()), t.storedLength());
        int s = (int) Math.floor(Math.min(f1, f2) * n);
        int e = (int) Math.floor(Math.max(f1, f2) * n);
        // a span that does not start or end between the CR and LF of a pair
        if (inPair(raw, s) || inPair(raw, e)) return;
        String rawSpan = raw.substring(raw.offsetByCodePoints(0, s), raw.offsetByCodePoints(0, e));
        String expected = rawSpan.replace("\r\n", "\n").replace('\r', '\n');
        String got = stored.substring(stored.offsetByCodePoints(0, t.toStored(s)), stored.offsetByCodePoints(0, t.toStored(e)));
        assertEquals(expected, got);
    }

    /** Under each reading, a span counted as that reading counts lands on the same characters. */
    @Property(tries = 300)
    void everyReadingMapsOntoTheSameText(@ForAll("texts") String raw, @ForAll("fractions") double f1, @ForAll("fractions") double f2) {
        SourceText t = SourceText.ofRaw(raw);
        String stored = t.parsed.text();
        for (SourceText.Reading r : SourceText.Reading.values()) {
            // the text as the reading sees it, and a span of whole characters in it
            String seen = r.crlfAsOne ? raw.replace("\r\n", "\n") : raw;
            int n = seen.codePointCount(0, seen.length());
            int s = (int) Math.floor(Math.min(f1, f2) * n);
            int e = (int) Math.floor(Math.max(f1, f2) * n);
            int si = seen.offsetByCodePoints(0, s);
            int ei = seen.offsetByCodePoints(0, e);
            if (!r.crlfAsOne && (inPair(seen, s) || inPair(seen, e))) continue;
            // what is left of CRs in seen is lone ("\r\r\n" is a CR, then a CRLF counted as one)
            String span = seen.substring(si, ei);
            String expected = (r.crlfAsOne ? span : span.replace("\r\n", "\n")).replace('\r', '\n');
            int a = t.toStored(r, r.utf16 ? si : s);
            int b = t.toStored(r, r.utf16 ? ei : e);
            assertEquals(r.utf16 ? seen.length() : n, t.length(r), r.name());
            assertEquals(expected, stored.substring(stored.offsetByCodePoints(0, a), stored.offsetByCodePoints(0, b)), r.name());
        }
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    private static boolean inPair(String raw, int cp) {
        if (cp == 0) return false;
        int i = raw.offsetByCodePoints(0, cp);
        return i < raw.length() && raw.charAt(i) == '\n' && raw.charAt(i - 1) == '\r';
    }
}
