package thema.analysis.agreement;

import java.util.Locale;

/** What one unit of analysis is: a speaker turn, a sentence within a turn, or a character. */
public enum UnitKind {
    TURN, SENTENCE, CHARACTER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
