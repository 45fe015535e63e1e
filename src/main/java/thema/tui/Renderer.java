package thema.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Workbench}: the title bar, the top screen (or its help page, made from its
 * keymaps), and the status line (a question, a prompt, the message or the screen's hint).
 * Reads the state, changes nothing.
 */
public final class Renderer {
    private Renderer() {
    }

    /** Draws onto a cleared surface (Tui.draw clears the screen first). */
    public static void draw(Workbench w, TextGraphics g) {
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        Screen s = w.top();
        String where = s.title();
        String title = "thema · " + w.project.name() + (where.isEmpty() ? "" : " · " + where) + " · coder " + w.coder + (w.blind ? " (blind)" : "");
        Draw.put(g, 0, 0, Draw.fit(title, w.width), SGR.BOLD, SGR.REVERSE);
        if (w.help) help(w, g, s);
        else s.draw(g);
        if (w.prompt != null && w.prompt.multiLine) memoBox(w, g, w.prompt);
        status(w, g, s);
    }

    /** The lines of the help page: each keymap of the screen, a binding's help wrapped under itself when longer than the window. */
    static List<String> helpLines(Screen s, int width) {
        List<String> out = new ArrayList<>();
        int indent = Keymap.helpLine("", "").length();
        for (Keymap k : s.help()) {
            for (String line : k.helpLines()) {
                if (Draw.width(line) <= width - 2) {
                    out.add(line);
                    continue;
                }
                List<String> parts = Draw.wrap(line.substring(indent), width - 2 - indent);
                out.add(line.substring(0, indent) + parts.get(0));
                for (String more : parts.subList(1, parts.size())) out.add(" ".repeat(indent) + more);
            }
        }
        return out;
    }

    private static void help(Workbench w, TextGraphics g, Screen s) {
        List<String> keys = helpLines(s, w.width);
        int rows = w.height - 2;
        for (int i = 0; i < rows && w.helpTop + i < keys.size(); i++) {
            String line = keys.get(w.helpTop + i);
            if (line.startsWith(" ")) Draw.put(g, 1, 1 + i, Draw.fit(line, w.width - 2));
            else Draw.put(g, 1, 1 + i, Draw.fit(line, w.width - 2), SGR.BOLD);
        }
    }

    private static void status(Workbench w, TextGraphics g, Screen s) {
        String line;
        int caret = -1;
        if (w.question != null) line = w.question.text();
        else if (w.help) {
            int all = helpLines(s, w.width).size();
            line = "Help · " + (all > w.height - 2 ? "↑ ↓ PgUp PgDn scroll (" + (w.helpTop + 1) + "-" + Math.min(all, w.helpTop + w.height - 2) + " of " + all + ") · " : "") + "Esc closes";
        }
        else if (w.prompt != null && !w.prompt.multiLine) {
            String label = w.prompt.label + ": ";
            int room = Math.max(4, w.width - Draw.width(label));
            line = label + w.prompt.editor.visibleLine(room);
            caret = Draw.width(label) + w.prompt.editor.caretColumn();
        } else if (w.prompt != null) line = w.prompt.label + " · " + w.prompt.hint();
        else if (!w.message.isEmpty()) line = w.message;
        else line = fitHint(s.hint(), w.width);
        Draw.put(g, 0, w.height - 1, Draw.pad(Draw.fit(line, w.width), w.width), SGR.REVERSE);
        // the caret of a one-line prompt: its cell drawn the other way round
        if (caret >= 0 && caret < w.width) {
            var c = g.getCharacter(caret, w.height - 1);
            Draw.put(g, caret, w.height - 1, c == null ? " " : c.getCharacterString());
        }
    }

    /**
     * A hint too wide for the status line keeps its first parts whole and always "? help", which
     * leads to the rest.
     */
    static String fitHint(String hint, int width) {
        if (Draw.width(hint) <= width) return hint;
        String help = "? help";
        List<String> parts = new ArrayList<>(List.of(hint.split(" · ")));
        boolean hasHelp = parts.remove(help);
        int room = width - (hasHelp ? Draw.width(" · " + help) : 0);
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (Draw.width(b + (b.length() == 0 ? "" : " · ") + part) > room) break;
            if (b.length() > 0) b.append(" · ");
            b.append(part);
        }
        return hasHelp ? b + (b.length() == 0 ? "" : " · ") + help : b.toString();
    }

    /** A memo being written: a box of several rows above the status line, wrapped, the caret shown. */
    private static void memoBox(Workbench w, TextGraphics g, Prompt p) {
        int rows = Math.max(3, Math.min(10, w.height / 3));
        int top = w.height - 1 - rows;
        int cols = Math.max(10, w.width - 2);
        String head = Draw.fit("┌ " + p.label + " ", w.width);
        Draw.put(g, 0, top - 1, head + "─".repeat(Math.max(0, w.width - Draw.width(head))), SGR.BOLD);
        List<String> shown = p.editor.visibleRows(cols, rows);
        for (int i = 0; i < rows; i++) {
            Draw.put(g, 0, top + i, Draw.pad("│ " + (i < shown.size() ? shown.get(i) : ""), w.width));
        }
        int cr = p.editor.caretRow(), cc = p.editor.caretColumn();
        if (cr >= 0 && cr < rows) {
            String row = cr < shown.size() ? shown.get(cr) : "";
            String under = cc < Draw.width(row) ? Draw.fit(row.substring(Math.min(row.length(), charAtColumn(row, cc))), 1) : " ";
            Draw.put(g, 2 + cc, top + cr, under.isEmpty() ? " " : under, SGR.REVERSE);
        }
    }

    private static int charAtColumn(String s, int col) {
        int cols = 0;
        for (int i = 0; i < s.length(); ) {
            if (cols >= col) return i;
            int cp = s.codePointAt(i);
            cols += Draw.width(Character.toString(cp));
            i += Character.charCount(cp);
        }
        return s.length();
    }
}
