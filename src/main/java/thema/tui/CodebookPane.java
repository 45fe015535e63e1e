package thema.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import thema.coding.CodebookEdits;
import thema.coding.Memos;
import thema.project.Code;
import thema.project.Codebook;

/** The codebook beside a transcript (after Tab): filter, pick, apply, and keep the codebook itself. */
final class CodebookPane {
    private final TranscriptScreen t;
    private final Workbench w;
    String filter = "";
    int cursor;
    boolean definition;
    final Keymap keys;

    CodebookPane(TranscriptScreen t) {
        this.t = t;
        this.w = t.w;
        keys = new Keymap("Codebook (after Tab)")
                .bind("↑ ↓ PgUp PgDn", "move", null, k -> cursor = ListCursor.byKey(cursor, k, t.rows() / 2, visible().size()), Key.of(KeyType.ArrowUp), Key.of(KeyType.ArrowDown), Key.of(KeyType.PageUp), Key.of(KeyType.PageDown))
                .bind("Enter", "apply the code to the selection (after r: recode the picked coding)", "code", k -> withCode(t::codeFromCodebook), Key.of(KeyType.Enter))
                .bindWhen(() -> filter.isEmpty(), "1-9", "apply the pinned code (with an empty filter)", null, k -> t.apply(w.pins[k.getCharacter() - '1']), TranscriptScreen.digits())
                .bind("Esc", "close the definition, else clear the filter, else back to the text", null, k -> escape(), Key.of(KeyType.Escape))
                .bind("back to the text", "text", () -> leave(), Key.of(KeyType.Tab))
                .bind("Ctrl-N Insert", "a new code under the highlighted one", "new", k -> w.ask("New code", "", this::newCode), Key.ctrl('n'), Key.of(KeyType.Insert))
                .bind("Ctrl-R F2", "rename the code (every coding follows)", "rename", k -> withCode(c -> w.ask("Rename to", Codebook.nameOf(c), name -> rename(c, name))), Key.ctrl('r'), Key.of(KeyType.F2))
                .bind("show the definition, include / exclude, example (Esc closes it)", "definition", () -> definition = !definition, Key.ctrl('d'))
                .bind("pin the code to a number key (the first free one; asks when all nine are taken)", "pin", () -> withCode(w::pin), Key.ctrl('p'))
                .bind("read every extract of the code (Enter opens one)", null, () -> withCode(c -> w.push(new ExtractsScreen(w, c))), Key.ctrl('e'))
                .bind("your memo on the code (several lines)", null, () -> withCode(c -> w.askMemo("Memo on " + Codebook.nameOf(c), t.memoOn(Memos.About.code(c)), text -> {
                    Memos.write(w.project, w.coder, Memos.About.code(c), text);
                    w.message = text.isEmpty() ? "code memo removed" : "memo on " + c + " saved";
                })), Key.ctrl('o'))
                .bind("merge the code into another: its codings, subcodes and memos follow (u undoes)", null, () -> withCode(c -> w.ask("Merge " + Codebook.nameOf(c) + " into", "", into -> merge(c, into))), Key.ctrl('g'))
                .bind("delete the code: at once when unused, else after saying how many codings go with it (u undoes)", null, () -> withCode(this::delete), Key.ctrl('x'))
                .typed("filter the codes (Backspace edits)", "filter", k -> {
                    if (k.getKeyType() == KeyType.Backspace) filter = filter.isEmpty() ? "" : filter.substring(0, filter.offsetByCodePoints(filter.length(), -1));
                    else filter += k.getCharacter();
                    cursor = 0;
                });
    }

    List<String> visible() {
        String f = filter.toLowerCase(Locale.ROOT);
        return w.project.codebook().paths().stream().filter(p -> f.isEmpty() || p.toLowerCase(Locale.ROOT).contains(f)).toList();
    }

    /** The highlighted code, or null on an empty list. */
    String highlighted() {
        List<String> codes = visible();
        return codes.isEmpty() ? null : codes.get(ListCursor.clamp(cursor, codes.size()));
    }

    private void withCode(java.util.function.Consumer<String> action) {
        String c = highlighted();
        if (c == null) w.message = filter.isEmpty() ? "the codebook is empty: Ctrl-N adds a code" : "no code matches the filter";
        else action.accept(c);
    }

    private void escape() {
        if (definition) definition = false;
        else if (!filter.isEmpty()) filter = "";
        else leave();
    }

    private void leave() {
        if (t.recoding != null) w.message = "not recoded";
        t.recoding = null;
        t.focus = TranscriptScreen.Focus.TEXT;
    }

    private void newCode(String name) {
        if (name.isEmpty()) return;
        String current = highlighted();
        Codebook cb = w.project.codebook();
        String parent = current == null ? null : (cb.childrenOf(current).isEmpty() ? cb.parentOf(current).orElse(null) : current);
        String path = CodebookEdits.add(w.project, w.coder, parent, new Code(name));
        filter = "";
        cursor = Math.max(0, visible().indexOf(path));
        w.message = "new code " + path;
    }

    private void rename(String from, String name) {
        if (name.isEmpty()) return;
        String path = CodebookEdits.rename(w.project, w.coder, from, name);
        filter = "";
        cursor = Math.max(0, visible().indexOf(path));
        w.repin(from, path);
        w.message = "renamed to " + path + "; every coding follows";
    }

    private void merge(String from, String into) {
        if (into.isEmpty()) return;
        CodebookEdits.Outcome o = CodebookEdits.merge(w.project, w.coder, from, into);
        w.repin(from, o.into());
        filter = "";
        cursor = Math.max(0, visible().indexOf(o.into()));
        w.message = "merged " + from + " into " + o.into() + ": " + o.counted() + " follow" + (o.duplicates() == 0 ? "" : " (" + Draw.count(o.duplicates(), "duplicate") + " dropped)") + " · u undoes";
    }

    private void delete(String code) {
        try {
            deleted(CodebookEdits.delete(w.project, w.coder, code, false));
        } catch (CodebookEdits.InUse used) {
            w.question = Question.yesNo("Delete " + used.code + " with its " + used.what + "? y deletes them too (u undoes), another key keeps it", 'y',
                    () -> deleted(CodebookEdits.delete(w.project, w.coder, code, true)), "kept " + used.code);
        }
    }

    private String deleted(CodebookEdits.Outcome o) {
        w.repin(o.path(), null);
        cursor = ListCursor.clamp(cursor, visible().size());
        w.message = "deleted " + o.path() + (o.total() == 0 ? "" : " and " + o.counted()) + (o.memos() == 0 ? "" : ", " + Draw.count(o.memos(), "memo")) + " · u undoes";
        return w.message;
    }

    void reloaded() {
        cursor = ListCursor.clamp(cursor, visible().size());
    }

    void draw(TextGraphics g, int x0, int y, int pw) {
        boolean focused = t.focus == TranscriptScreen.Focus.CODEBOOK;
        Draw.put(g, x0, y++, Draw.fit("Codebook" + (filter.isEmpty() ? "" : " /" + filter), pw), focused ? new SGR[]{SGR.BOLD, SGR.UNDERLINE} : new SGR[]{SGR.BOLD});
        List<String> codes = visible();
        Codebook cb = w.project.codebook();
        if (definition && !codes.isEmpty()) {
            Code c = cb.get(highlighted());
            List<String> text = new ArrayList<>();
            text.add(c.name + (c.exclusive ? " (exclusive)" : ""));
            if (c.description != null) text.add(c.description);
            if (c.include != null) text.add("Include: " + c.include);
            if (c.exclude != null) text.add("Exclude: " + c.exclude);
            if (c.example != null) text.add("Example: " + c.example);
            for (String para : text) {
                for (String part : Draw.wrap(para, pw)) if (y < w.height - 1) Draw.put(g, x0, y++, part);
            }
            return;
        }
        int rows = w.height - 1 - y;
        int first = ListCursor.firstShown(cursor, rows, codes.size());
        for (int i = 0; i < rows && first + i < codes.size(); i++) {
            String p = codes.get(first + i);
            int pin = Arrays.asList(w.pins).indexOf(p);
            String row = (pin >= 0 ? (pin + 1) + " " : "  ") + "  ".repeat(cb.depth(p)) + Codebook.nameOf(p);
            Draw.row(g, x0, y + i, row, pw, first + i == cursor && focused);
        }
    }
}
