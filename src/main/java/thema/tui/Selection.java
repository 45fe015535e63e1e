package thema.tui;

import java.util.Locale;
import thema.project.Document;

/** A selection in a transcript: the anchor stays, the caret moves (code points of the document). */
record Selection(int anchor, int caret) {
    static Selection of(int start, int end) {
        return new Selection(start, end);
    }

    int start() {
        return Math.min(anchor, caret);
    }

    int end() {
        return Math.max(anchor, caret);
    }

    boolean empty() {
        return anchor == caret;
    }

    Selection moved(Document d, Motion.Unit unit, int dir, Locale locale) {
        return new Selection(anchor, Motion.move(d, caret, unit, dir, locale));
    }
}
