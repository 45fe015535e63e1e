package thema.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import thema.coding.Code;
import thema.coding.Codebook;
import thema.coding.Coding;
import thema.project.Document;

/**
 * Draws a {@link Workbench} onto a Lanterna text surface. Reads the state, changes nothing.
 * Colour marks the codes; bold, underline and reverse carry the same meaning on a monochrome
 * terminal.
 */
public final class Renderer {
    private static final TextColor[] PALETTE = {TextColor.ANSI.BLUE, TextColor.ANSI.GREEN, TextColor.ANSI.MAGENTA,
            TextColor.ANSI.CYAN, TextColor.ANSI.RED, TextColor.ANSI.YELLOW};

    private Renderer() {
    }

    public static void draw(Workbench w, TextGraphics g) {
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.fill(' ');
        String title = "thema · " + w.project.name() + (w.doc != null && w.screen == Workbench.Screen.TRANSCRIPT ? " · " + w.doc.id() : "")
                + " · coder " + w.coder + (w.blind ? " (blind)" : "");
        put(g, 0, 0, fit(title, w.width), SGR.BOLD, SGR.REVERSE);
        if (w.help) help(w, g);
        else if (w.screen == Workbench.Screen.DOCUMENTS) documents(w, g);
        else transcript(w, g);
        status(w, g);
    }

    private static void status(Workbench w, TextGraphics g) {
        String line;
        if (w.ask != Workbench.Ask.NONE) {
            String what = switch (w.ask) {
                case MEMO -> "Memo";
                case NEW_CODE -> "New code";
                case RENAME_CODE -> "Rename to";
                default -> "";
            };
            line = what + ": " + w.answer + "▏  (Enter saves, Esc cancels)";
        } else if (!w.message.isEmpty()) {
            line = w.message;
        } else {
            line = w.screen == Workbench.Screen.DOCUMENTS ? "Enter open · type to filter · ? help · q quit"
                    : w.codebookFocus ? "Enter code · 1-9 pinned · type to filter · ^N new · ^R rename · ^D definition · Tab text · ? help"
                    : "↑↓ turn · ]/[ sentence · >/< word · 1-9 code · Tab codebook · x remove · u undo · d done · ? help";
        }
        put(g, 0, w.height - 1, fit(line, w.width), SGR.REVERSE);
    }

    private static void documents(Workbench w, TextGraphics g) {
        put(g, 0, 1, fit("Filter: " + w.docFilter + (w.docFilter.isEmpty() ? "(type to filter)" : "▏"), w.width));
        List<Document> docs = w.visibleDocuments();
        int rows = w.height - 3;
        int first = Math.max(0, Math.min(w.docCursor - rows / 2, docs.size() - rows));
        for (int i = 0; i < rows && first + i < docs.size(); i++) {
            Document d = docs.get(first + i);
            boolean cur = first + i == w.docCursor;
            long mine = w.project.coder(w.coder).codings().stream().filter(c -> c.doc().equals(d.id())).count();
            String row = String.format("%s %-14s %4d turns %5d codings  %s", w.isDone(d.id()) ? "✓" : " ", d.id(), d.turns().size(), mine,
                    String.join(", ", d.attributes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            if (cur) put(g, 0, 2 + i, pad(fit(row, w.width), w.width), SGR.REVERSE);
            else put(g, 0, 2 + i, fit(row, w.width));
        }
        if (docs.isEmpty()) put(g, 2, 2, w.project.documents().isEmpty() ? "No documents yet: thema import DIR FILE..." : "No document matches the filter.");
    }

    private static void transcript(Workbench w, TextGraphics g) {
        if (w.layoutWidth != w.textWidth()) w.resize(w.width, w.height);
        List<Coding> mine = w.codings();
        Codebook cb = w.project.codebook();
        List<String> paths = cb.paths();
        int rows = w.textRows();
        for (int r = 0; r < rows && w.top + r < w.lines.size(); r++) {
            TranscriptLayout.Line l = w.lines.get(w.top + r);
            int y = 1 + r;
            if (l.label()) {
                put(g, 5, y, fit(l.text() + ":", w.textWidth()), SGR.BOLD, SGR.UNDERLINE);
                continue;
            }
            // margin: one mark per code covering the line, its initial in the code's colour
            Set<String> here = new LinkedHashSet<>();
            for (Coding c : mine) if (c.start() < Math.max(l.end(), l.start() + 1) && l.start() < c.end()) here.add(c.code());
            int x = 0;
            for (String code : here) {
                if (x >= 4) break;
                g.setForegroundColor(colour(cb, code, paths));
                g.enableModifiers(SGR.BOLD);
                g.putString(x++, y, initial(code));
                g.disableModifiers(SGR.BOLD);
            }
            g.setForegroundColor(TextColor.ANSI.DEFAULT);
            boolean inTurn = l.turn() == w.turn;
            put(g, 5, y, l.text());
            int a = Math.max(l.start(), w.selStart), b = Math.min(l.end(), w.selEnd);
            if (inTurn && a < b) {
                String before = w.doc.text().substring(l.start(), a);
                String sel = w.doc.text().substring(a, b).stripTrailing();
                if (!sel.isEmpty()) put(g, 5 + TerminalTextUtils.getColumnWidth(before), y, sel, SGR.REVERSE);
            }
        }
        if (w.lines.isEmpty()) put(g, 5, 1, "(this document has no text)");
        pane(w, g);
    }

    private static void pane(Workbench w, TextGraphics g) {
        int pw = w.paneWidth();
        if (pw == 0) return;
        int x0 = w.width - pw;
        for (int y = 1; y < w.height - 1; y++) g.putString(x0 - 1, y, "│");
        int y = 1;
        var t = w.doc.turns().isEmpty() ? null : w.doc.turns().get(w.turn);
        put(g, x0, y++, fit("Turn " + (w.turn + 1) + "/" + w.doc.turns().size() + (w.isDone(w.doc.id()) ? " · done ✓" : ""), pw), SGR.BOLD);
        List<Coding> here = t == null ? List.of() : w.codingsAt(t.start(), t.end());
        if (here.isEmpty()) put(g, x0, y++, fit("no codes here", pw));
        Codebook cb = w.project.codebook();
        for (Coding c : here) {
            if (y > w.height / 2 - 1) break;
            g.setForegroundColor(colour(cb, c.code(), cb.paths()));
            put(g, x0, y++, fit(initial(c.code()) + " " + cb.shortName(c.code()) + (c.memo() != null ? " ✎" : ""), pw));
            g.setForegroundColor(TextColor.ANSI.DEFAULT);
        }
        y++;
        put(g, x0, y++, fit("Codebook" + (w.codeFilter.isEmpty() ? "" : " /" + w.codeFilter), pw), w.codebookFocus ? new SGR[]{SGR.BOLD, SGR.UNDERLINE} : new SGR[]{SGR.BOLD});
        List<String> codes = w.visibleCodes();
        int rows = w.height - 1 - y;
        if (w.showDefinition && !codes.isEmpty()) {
            Code c = cb.get(codes.get(Math.min(w.codeCursor, codes.size() - 1)));
            List<String> text = new ArrayList<>();
            text.add(c.name + (c.exclusive ? " (exclusive)" : ""));
            if (c.description != null) text.add(c.description);
            if (c.include != null) text.add("Include: " + c.include);
            if (c.exclude != null) text.add("Exclude: " + c.exclude);
            if (c.example != null) text.add("Example: " + c.example);
            for (String para : text) {
                for (String part : wrap(para, pw)) if (y < w.height - 1) put(g, x0, y++, part);
            }
            return;
        }
        int first = Math.max(0, Math.min(w.codeCursor - rows / 2, codes.size() - rows));
        for (int i = 0; i < rows && first + i < codes.size(); i++) {
            String p = codes.get(first + i);
            int pin = java.util.Arrays.asList(w.pins).indexOf(p);
            String row = (pin >= 0 ? (pin + 1) + " " : "  ") + "  ".repeat(cb.depth(p)) + Codebook.nameOf(p);
            if (first + i == w.codeCursor && w.codebookFocus) put(g, x0, y + i, pad(fit(row, pw), pw), SGR.REVERSE);
            else put(g, x0, y + i, fit(row, pw));
        }
    }

    private static void help(Workbench w, TextGraphics g) {
        List<String> keys = w.screen == Workbench.Screen.DOCUMENTS ? List.of(
                "Documents", "  ↑ ↓ PgUp PgDn   move", "  Enter           open the document", "  letters         filter by id or attribute",
                "  Backspace Esc   edit / clear the filter", "  q               quit (with an empty filter)", "  ?               this help; Esc closes it")
                : List.of("Transcript", "  ↑ ↓  j k        previous / next turn (selects it)", "  PgUp PgDn Home End  page, first, last turn",
                "  n / c           next uncoded turn / next turn with a coding", "  ] [             extend / shrink the selection by a sentence",
                "  > <             ... by a word", "  . ,             ... by a character", "  Space Esc       select the whole turn again",
                "  1-9             apply the pinned code", "  x               remove your coding here", "  m               memo on your coding here",
                "  u  U or Ctrl-R  undo / redo (kept across restarts)", "  d               mark the document done / not done",
                "  Tab             to the codebook and back", "  q               back to the documents",
                "Codebook (after Tab)", "  letters         filter codes   ↑ ↓ move   Enter apply to the selection",
                "  Ctrl-N / Ins    new code under the highlighted one   Ctrl-R / F2 rename", "  Ctrl-D          show the definition, include/exclude, example",
                "  Ctrl-P          pin the code to a number key");
        for (int i = 0; i < keys.size() && 1 + i < w.height - 1; i++) put(g, 1, 1 + i, fit(keys.get(i), w.width - 2), i == 0 || !keys.get(i).startsWith(" ") ? new SGR[]{SGR.BOLD} : new SGR[0]);
    }

    static String initial(String code) {
        String n = Codebook.nameOf(code);
        return n.isEmpty() ? "?" : n.substring(0, n.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
    }

    /** The code's own colour (#rrggbb) when set, else one of six by its place in the codebook. */
    static TextColor colour(Codebook cb, String code, List<String> paths) {
        Code c = cb.find(code).orElse(null);
        if (c != null && c.color != null && c.color.matches("#[0-9A-Fa-f]{6}")) return TextColor.Factory.fromString(c.color);
        return PALETTE[Math.max(0, paths.indexOf(code)) % PALETTE.length];
    }

    private static void put(TextGraphics g, int x, int y, String s, SGR... sgr) {
        if (sgr.length > 0) g.enableModifiers(sgr);
        g.putString(new TerminalPosition(x, y), s);
        if (sgr.length > 0) g.disableModifiers(sgr);
    }

    /** The longest prefix of {@code s} that fits {@code cols} columns. */
    static String fit(String s, int cols) {
        int end = TranscriptLayout.fit(s, 0, s.length(), Math.max(1, cols));
        return end >= s.length() ? s : s.substring(0, end);
    }

    private static String pad(String s, int cols) {
        return s + " ".repeat(Math.max(0, cols - TerminalTextUtils.getColumnWidth(s)));
    }

    static List<String> wrap(String s, int cols) {
        List<String> out = new ArrayList<>();
        int a = 0;
        while (a < s.length()) {
            int b = TranscriptLayout.fit(s, a, s.length(), cols);
            out.add(s.substring(a, b).strip());
            a = b;
        }
        return out;
    }

}
