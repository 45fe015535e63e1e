package thema.analysis.agreement;

import thema.project.ThemaException;

import java.util.Locale;

/** What one unit of analysis is: a speaker turn, a sentence within a turn, or a character. */
public enum UnitKind {
    TURN, SENTENCE, CHARACTER;

    public static UnitKind parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ThemaException("unit '" + s + "' is not one of turn, sentence, character");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
