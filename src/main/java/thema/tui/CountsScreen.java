package thema.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import thema.analysis.CodeCounts;
import thema.analysis.CountedCoding;
import thema.analysis.CountingUnits;
import thema.project.Codebook;

/**
 * This coder's code counts with bars, split by a document or participant attribute. Counted
 * when the screen opens, when b or u changes the split, and when another process saved;
 * never while drawing.
 */
final class CountsScreen extends Screen {
    int by = -1;
    /** What k of n counts: documents, or participants ({@code u} switches). */
    CountingUnits.Per per = CountingUnits.Per.DOCUMENT;
    int cursor;
    List<String> attributes = List.of();
    List<CodeCounts.Row> rows = List.of();
    private final Keymap keys;

    CountsScreen(Workbench w) {
        super(w);
        count();
        keys = new Keymap("Counts")
                .bind("↑ ↓ PgUp PgDn Home End", "scroll", "scroll", k -> cursor = ListCursor.byKey(cursor, k, listRows() - 1, rows.size()), Key.of(KeyType.ArrowUp), Key.of(KeyType.ArrowDown), Key.of(KeyType.PageUp), Key.of(KeyType.PageDown), Key.of(KeyType.Home), Key.of(KeyType.End))
                .bind("b Tab", "split by the next attribute (then none)", "next attribute", k -> {
                    by = by + 1 >= attributes.size() ? -1 : by + 1;
                    count();
                }, Key.of('b'), Key.of(KeyType.Tab))
                .bind("u", "count documents or participants", "documents/participants", k -> {
                    per = per == CountingUnits.Per.DOCUMENT ? CountingUnits.Per.PARTICIPANT : CountingUnits.Per.DOCUMENT;
                    by = -1;
                    count();
                }, Key.of('u'));
        w.helpKey(keys).bind("q Esc", "back", "back", k -> w.back(), Key.of('q'), Key.of(KeyType.Escape));
    }

    @Override
    Keymap keys() {
        return keys;
    }

    String splitBy() {
        return by < 0 || by >= attributes.size() ? null : attributes.get(by);
    }

    private void count() {
        CountedCoding counted = CountedCoding.ofCoder(w.project, w.coder);
        CountingUnits all = CountingUnits.of(per, w.project, counted, List.of()); // participants resolved once
        attributes = new ArrayList<>(all.attributeNames());
        String split = splitBy();
        rows = CodeCounts.of(w.project, counted, split == null ? all : all.regrouped(counted, List.of(split)));
        cursor = ListCursor.clamp(cursor, rows.size());
    }

    @Override
    void reloaded() {
        count();
    }

    private int listRows() {
        return Math.max(1, rows() - 2);
    }

    @Override
    void draw(TextGraphics g) {
        String split = splitBy();
        String noun = per.plural();
        Draw.put(g, 0, 1, Draw.fit("Counts of " + w.coder + "'s codings by " + (per == CountingUnits.Per.DOCUMENT ? "document" : "participant")
                + (split == null ? "" : ", by " + split) + "   (b: next attribute · u: documents/participants)", w.width), SGR.BOLD);
        int max = rows.stream().mapToInt(CodeCounts.Row::segmentsTotal).max().orElse(0);
        int nameW = Math.min(28, Math.max(12, w.width / 3));
        Draw.put(g, 0, 2, Draw.fit(String.format("%-" + nameW + "s %-10s %8s %8s %12s", "code", split == null ? "" : split, "segments", "with sub", noun), w.width), SGR.UNDERLINE);
        int shown = listRows();
        int first = ListCursor.firstShown(cursor, shown, rows.size());
        for (int i = 0; i < shown && first + i < rows.size(); i++) {
            CodeCounts.Row r = rows.get(first + i);
            boolean sameCode = first + i > 0 && rows.get(first + i - 1).code().equals(r.code());
            String name = sameCode && i > 0 ? "" : "  ".repeat(r.depth()) + Codebook.nameOf(r.code());
            String text = String.format("%-" + nameW + "s %-10s %8d %8d %12s ", Draw.fit(name, nameW), Draw.fit(r.value(), 10), r.segments(), r.segmentsTotal(), r.documents() + " of " + r.documentsInGroup());
            int y = 3 + i;
            Draw.row(g, 0, y, text, Math.min(w.width, Draw.width(text)), first + i == cursor);
            int x = Draw.width(Draw.fit(text, w.width));
            int room = w.width - x;
            if (room > 0 && max > 0 && r.segmentsTotal() > 0) Draw.put(g, x, y, "█".repeat(Math.max(1, Math.min(room, r.segmentsTotal() * Math.min(room, 20) / max))));
        }
        if (rows.size() > shown) Draw.put(g, Math.max(0, w.width - 12), 2, Draw.fit((cursor + 1) + "/" + rows.size(), 12), SGR.UNDERLINE);
    }
}
