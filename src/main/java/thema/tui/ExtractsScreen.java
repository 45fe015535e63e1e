package thema.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import thema.analysis.CountedCoding;
import thema.writeup.Extracts;

/** Retrieval: every segment of one code (and its subcodes) by this coder, one after another. */
final class ExtractsScreen extends Screen {
    final String code;
    List<Extracts.Extract> extracts;
    int cursor;
    private final Keymap keys;

    ExtractsScreen(Workbench w, String code) {
        super(w);
        this.code = code;
        read();
        w.message = Draw.count(extracts.size(), "extract") + " of " + code;
        keys = new Keymap("Extracts of a code")
                .bind("↑ ↓  j k", "previous / next extract", "move", k -> cursor = ListCursor.byKey(cursor, k, 1, extracts.size()),
                        Key.of(KeyType.ArrowUp), Key.of(KeyType.ArrowDown), Key.of('j'), Key.of('k'))
                .bind("Enter", "open it in its transcript, selected", "open", k -> open(), Key.of(KeyType.Enter)); 
        w.common(keys);
        keys.bind("q Esc", "back", "back", k -> w.back(), Key.of('q'), Key.of(KeyType.Escape));
    }

    private void read() {
        extracts = Extracts.of(w.project, new Extracts.Query(List.of(code), CountedCoding.ofCoder(w.project, w.coder), null, List.of(), false, 0));
        cursor = ListCursor.clamp(cursor, extracts.size());
    }

    @Override
    Keymap keys() {
        return keys;
    }

    @Override
    void reloaded() {
        read();
    }

    private void open() {
        if (extracts.isEmpty()) return;
        var e = extracts.get(cursor);
        w.open(w.project.document(e.doc())).select(e.start(), e.end());
    }

    @Override
    void draw(TextGraphics g) {
        Draw.put(g, 0, 1, Draw.fit("Extracts of " + code + " · " + extracts.size() + " by " + w.coder, w.width), SGR.BOLD);
        if (extracts.isEmpty()) {
            Draw.put(g, 2, 3, "No segments of this code yet.");
            return;
        }
        int y = 2;
        for (int i = cursor; i < extracts.size() && y < w.height - 2; i++) {
            var e = extracts.get(i);
            String head = (i == cursor ? "▶ " : "  ") + e.citation() + (e.key() ? " ★" : "") + (e.codedAs().equals(e.code()) ? "" : " · " + e.codedAs());
            if (i == cursor) Draw.put(g, 0, y++, Draw.fit(head, w.width), SGR.BOLD, SGR.REVERSE);
            else Draw.put(g, 0, y++, Draw.fit(head, w.width), SGR.BOLD);
            for (String line : Draw.wrap((e.speaker() == null ? "" : e.speaker() + ": ") + e.text().replaceAll("\\s+", " "), w.width - 4)) {
                if (y >= w.height - 2) break;
                Draw.put(g, 4, y++, line);
            }
            y++;
        }
    }
}
