package thema.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import thema.search.Autocode;
import thema.search.Hit;
import thema.search.Search;
import thema.search.SearchResult;
import thema.search.TurnIndex;

/**
 * The hits of a query with their context. A pinned number codes the hit widened to its sentence
 * (a bare word is rarely a codable passage); {@code s} switches to the bare hit or the whole turn.
 */
final class SearchScreen extends Screen {
    final String query;
    final SearchResult results;
    int cursor;
    /** What a number key codes of a hit (as thema autocode --unit does). */
    Autocode.Unit span = Autocode.Unit.sentence;
    private final Keymap keys;

    SearchScreen(Workbench w, String query) {
        super(w);
        this.query = query;
        try (TurnIndex index = TurnIndex.open(w.project)) {
            // blind: code: and coder: see this coder's codings alone, coder:OTHER is refused
            results = Search.run(index, query, new Search.Options(500, false, w.blind ? w.coder : null, w.blind));
        }
        w.lastQuery = query;
        w.message = Draw.count(results.total(), "hit") + " in " + Draw.count(results.turns(), "turn") + (results.hits().size() < results.total() ? " (first " + results.hits().size() + " shown)" : "");
        keys = new Keymap("Search hits")
                .bind("↑ ↓ PgUp PgDn", "move", "move", k -> cursor = ListCursor.byKey(cursor, k, rows() - 2, hits().size()), Key.of(KeyType.ArrowUp), Key.of(KeyType.ArrowDown), Key.of(KeyType.PageUp), Key.of(KeyType.PageDown))
                .bind("Enter", "open the transcript with the hit selected", "open", k -> jump(), Key.of(KeyType.Enter))
                .bind("1-9", "code the hit (widened to its sentence; s changes that) with the pinned code", "code", k -> codeHit(w.pins[k.getCharacter() - '1']), TranscriptScreen.digits())
                .bind("s", "what 1-9 code: the hit's sentence, the bare hit, or its turn", "span", k -> span = NEXT.get(span), Key.of('s'));
        w.common(keys);
        keys.bind("q Esc", "back", "back", k -> w.back(), Key.of('q'), Key.of(KeyType.Escape));
    }

    @Override
    Keymap keys() {
        return keys;
    }

    List<Hit> hits() {
        return results.hits();
    }

    /** s goes from the sentence to the bare hit to the turn and back. */
    private static final java.util.Map<Autocode.Unit, Autocode.Unit> NEXT = java.util.Map.of(
            Autocode.Unit.sentence, Autocode.Unit.hit, Autocode.Unit.hit, Autocode.Unit.turn, Autocode.Unit.turn, Autocode.Unit.sentence);

    static String label(Autocode.Unit unit) {
        return switch (unit) {
            case sentence -> "its sentence";
            case hit -> "the bare hit";
            case turn -> "its turn";
        };
    }

    private void codeHit(String code) {
        if (hits().isEmpty()) return;
        if (code == null) {
            w.message = "no code pinned to that number";
            return;
        }
        Hit h = hits().get(ListCursor.clamp(cursor, hits().size()));
        int[] s = Autocode.span(w.project, h, span);
        TranscriptScreen.code(w, h.doc(), s[0], s[1], code, " on " + label(span) + ", " + h.doc() + " turn " + h.turn());
    }

    /** Opens the hit's document with the hit selected. */
    private void jump() {
        if (hits().isEmpty()) return;
        Hit h = hits().get(ListCursor.clamp(cursor, hits().size()));
        TranscriptScreen t = w.open(w.project.document(h.doc()));
        t.select(h.start(), h.end());
        w.message = "hit selected: 1-9 codes it, ) widens to the sentence, Space selects the whole turn";
    }

    @Override
    void draw(TextGraphics g) {
        Draw.put(g, 0, 1, Draw.fit("Search: " + query + "   " + Draw.count(results.total(), "hit") + " in " + Draw.count(results.turns(), "turn") + " · 1-9 code " + label(span), w.width), SGR.BOLD);
        if (hits().isEmpty()) {
            Draw.put(g, 2, 3, "No hits.");
            return;
        }
        int rows = rows() - 1;
        int first = ListCursor.firstShown(cursor, rows, hits().size());
        for (int i = 0; i < rows && first + i < hits().size(); i++) {
            Hit h = hits().get(first + i);
            String place = String.format("%-10s %4d  ", Draw.fit(h.doc(), 10), h.turn());
            int left = Math.max(10, (w.width - place.length()) / 2 - h.match().length() / 2);
            String before = h.before().length() > left ? "…" + h.before().substring(h.before().length() - left + 1) : h.before();
            int y = 2 + i;
            boolean cur = first + i == cursor;
            Draw.put(g, 0, y, place, cur ? new SGR[]{SGR.REVERSE} : new SGR[0]);
            int x = place.length();
            Draw.put(g, x, y, Draw.fit(before, w.width - x));
            x += Draw.width(Draw.fit(before, w.width - x));
            if (x < w.width) {
                Draw.put(g, x, y, Draw.fit(h.match(), w.width - x), SGR.BOLD, SGR.UNDERLINE);
                x += Draw.width(Draw.fit(h.match(), w.width - x));
            }
            if (x < w.width) Draw.put(g, x, y, Draw.fit(h.after(), w.width - x));
        }
    }
}
