package thema.coding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import thema.project.ThemaException;

import java.util.Locale;

/** A consensus decision on one disagreement: whose codes stand, or a new code. */
public enum Choice {
    /** The first coder's codings on the turn. */
    A,
    /** The second coder's codings on the turn. */
    B,
    /** Both coders' codings. */
    BOTH,
    /** No code on the turn. */
    NEITHER,
    /** A new code over the turn's text, chosen in the meeting, added to the codes both coders applied there. */
    CODE,
    /** A new code over the turn's text that replaces every code of both coders there. */
    REPLACE;

    /** Whether the decision names a new code. */
    public boolean takesCode() {
        return this == CODE || this == REPLACE;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Choice of(String s) {
        for (Choice c : values()) if (c.label().equals(s)) return c;
        throw new IllegalArgumentException("decision '" + s + "' is not one of a, b, both, neither, code, replace");
    }

    /** What a user typed for --accept: A, B (or the coders' names), both, neither. */
    public static Choice parseAccept(String s, String first, String second) {
        String v = s.strip();
        if (v.equalsIgnoreCase("a") || v.equals(first)) return A;
        if (v.equalsIgnoreCase("b") || v.equals(second)) return B;
        if (v.equalsIgnoreCase("both")) return BOTH;
        if (v.equalsIgnoreCase("neither")) return NEITHER;
        throw new ThemaException("'" + s + "' is not A, B, both or neither (or " + first + " or " + second + ")");
    }
}
