package thema.tui;

import java.util.Locale;
import thema.project.Document;

/**
 * A selection in a transcript: the {@code anchor} stays where it was put, the {@code caret}
 * moves; both are code point offsets. The span is [start, end) whichever way it was grown.
 */
public record Selection(int anchor, int caret) {
    public static Selection of(int start, int end) {
        return new Selection(start, end);
    }

    /** An empty selection at {@code pos}: the anchor, before the caret moves. */
    public static Selection at(int pos) {
        return new Selection(pos, pos);
    }

    public int start() {
        return Math.min(anchor, caret);
    }

    public int end() {
        return Math.max(anchor, caret);
    }

    public boolean empty() {
        return anchor == caret;
    }

    /** This selection with its caret moved one {@code unit} in direction {@code dir}; the anchor stays. */
    public Selection moved(Document d, Motion.Unit unit, int dir, Locale locale) {
        return new Selection(anchor, Motion.move(d, caret, unit, dir, locale));
    }
}
