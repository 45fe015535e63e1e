package thema.project;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {
    @Test
    void emojiCountAsOneCodePoint() {
        Text t = new Text("a👍b😀c");
        assertEquals(5, t.length());
        assertEquals("👍b", t.substring(1, 3));
        assertEquals(3, t.toChar(2));
        assertEquals(2, t.toCodePoint(3));
        assertEquals(1, t.toCodePoint(2), "the low half of a pair belongs to its character");
    }

    @Property
    void offsetsRoundTripAsPythonCountsThem(@ForAll @StringLength(max = 40) String raw, @ForAll int seed) {
        String s = raw + "😀" + raw.toUpperCase() + "é\uD83C\uDF89";
        Text t = new Text(s);
        int[] cps = s.codePoints().toArray();
        assertEquals(cps.length, t.length());
        for (int cp = 0; cp <= cps.length; cp++) {
            assertEquals(cp, t.toCodePoint(t.toChar(cp)));
            assertEquals(new String(cps, 0, cp), s.substring(0, t.toChar(cp)));
        }
    }
}
