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
import thema.analysis.CodeCounts;
import thema.analysis.CountedCoding;
import thema.analysis.CountingUnits;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Document;
import thema.project.DocumentGroups;

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
        else if (w.screen == Workbench.Screen.SEARCH) search(w, g);
        else if (w.screen == Workbench.Screen.COUNTS) counts(w, g);
        else if (w.screen == Workbench.Screen.COMPARE) compare(w, g);
        else if (w.screen == Workbench.Screen.EXTRACTS) extracts(w, g);
        else transcript(w, g);
        status(w, g);
    }

    private static void status(Workbench w, TextGraphics g) {
        String line;
        if (w.ask == Workbench.Ask.CONFIRM_UNDO || w.ask == Workbench.Ask.CONFIRM_REDO) {
            line = w.question;
        } else if (w.ask != Workbench.Ask.NONE) {
            String what = switch (w.ask) {
                case MEMO -> "Memo";
                case NEW_CODE -> "New code";
                case RENAME_CODE -> "Rename to";
                case QUERY -> "Search";
                case NOTE -> "Note for the decision";
                case CONSENSUS_CODE -> "Consensus code (added to the codes both applied)";
                case CONSENSUS_REPLACE -> "Consensus code (replaces every code on the turn)";
                case DOC_MEMO -> "Memo on this document";
                case CODE_MEMO -> "Memo on this code";
                case JOURNAL -> "Journal entry";
                default -> "";
            };
            line = what + ": " + w.answer + "▏  (Enter saves, Esc cancels)";
        } else if (!w.message.isEmpty()) {
            line = w.message;
        } else {
            line = w.screen == Workbench.Screen.DOCUMENTS ? (w.sample.isEmpty() ? "" : "S: your reliability sample · ") + "Enter open · type to filter · / search · # counts · ? help · q quit"
                    : w.screen == Workbench.Screen.SEARCH ? "↑↓ move · Enter open at the hit · 1-9 code the hit · / new search · q back"
                    : w.screen == Workbench.Screen.COUNTS ? "b next attribute · u documents/participants · q back"
                    : w.screen == Workbench.Screen.EXTRACTS ? "↑↓ move · Enter open it in its transcript · q back"
                    : w.screen == Workbench.Screen.COMPARE ? "a/b accept · 2 both · 0 neither · c add code · C only new code · t note · ? help"
                    : w.codebookFocus ? "Enter code · 1-9 pinned · type to filter · ^N new · ^R rename · ^D definition · Tab text · ? help"
                    : "↑↓ turn · ]/[ sentence · >/< word · 1-9 code · Tab codebook · x remove · u undo · d done · ? help";
        }
        put(g, 0, w.height - 1, fit(line, w.width), SGR.REVERSE);
    }

    private static void documents(Workbench w, TextGraphics g) {
        put(g, 0, 1, fit("Filter: " + w.docFilter + (w.docFilter.isEmpty() ? "(type to filter)" : "▏"), w.width));
        List<Document> docs = w.visibleDocuments();
        int rows = w.height - 3;
        int first = ListCursor.firstShown(w.docCursor, rows, docs.size());
        for (int i = 0; i < rows && first + i < docs.size(); i++) {
            Document d = docs.get(first + i);
            boolean cur = first + i == w.docCursor;
            long mine = w.project.coder(w.coder).codings().stream().filter(c -> c.doc().equals(d.id())).count();
            // S: a document of this coder's reliability sample (a blind coder needs to know which to code)
            String row = String.format("%s%s %-14s %4d turns %5d codings  %s", w.isDone(d.id()) ? "✓" : " ", w.sample.contains(d.id()) ? "S" : " ", d.id(), d.turns().size(), mine,
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
                put(g, 5, y, fit(l.text(), w.textWidth()), SGR.BOLD, SGR.UNDERLINE);
                continue;
            }
            // margin: one mark per code covering the line, its initial in the code's colour
            Set<String> here = new LinkedHashSet<>();
            for (Coding c : mine) if (c.start() < Math.max(l.end(), l.start() + 1) && l.start() < c.end()) here.add(c.code());
            int x = 0;
            for (String code : here) {
                if (x >= 4) break;
                g.setForegroundColor(colour(w, code, paths));
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

    private static void search(Workbench w, TextGraphics g) {
        var r = w.results;
        put(g, 0, 1, fit("Search: " + w.query + (r == null ? "" : "   " + r.total() + " hits in " + r.turns() + " turns"), w.width), SGR.BOLD);
        if (r == null || r.hits().isEmpty()) {
            put(g, 2, 3, "No hits.");
            return;
        }
        int rows = w.height - 3;
        int first = ListCursor.firstShown(w.hitCursor, rows, r.hits().size());
        for (int i = 0; i < rows && first + i < r.hits().size(); i++) {
            var h = r.hits().get(first + i);
            String place = String.format("%-10s %4d  ", fit(h.doc(), 10), h.turn());
            int left = Math.max(10, (w.width - place.length()) / 2 - h.match().length() / 2);
            String before = h.before().length() > left ? "…" + h.before().substring(h.before().length() - left + 1) : h.before();
            int y = 2 + i;
            boolean cur = first + i == w.hitCursor;
            put(g, 0, y, place, cur ? new SGR[]{SGR.REVERSE} : new SGR[0]);
            int x = place.length();
            put(g, x, y, fit(before, w.width - x));
            x += TerminalTextUtils.getColumnWidth(fit(before, w.width - x));
            if (x < w.width) {
                put(g, x, y, fit(h.match(), w.width - x), SGR.BOLD, SGR.UNDERLINE);
                x += TerminalTextUtils.getColumnWidth(fit(h.match(), w.width - x));
            }
            if (x < w.width) put(g, x, y, fit(h.after(), w.width - x));
        }
    }

    private static void counts(Workbench w, TextGraphics g) {
        CountedCoding counted = CountedCoding.ofCoder(w.project, w.coder);
        CountingUnits all = CountingUnits.of(w.countsPer, w.project, counted, List.of()); // participants resolved once a draw
        List<String> attrs = new ArrayList<>(all.attributeNames());
        String by = w.countsBy < 0 || w.countsBy >= attrs.size() ? null : attrs.get(w.countsBy);
        var units = by == null ? all : all.regrouped(counted, List.of(by));
        var rows = CodeCounts.of(w.project, counted, units);
        String noun = w.countsPer.plural();
        put(g, 0, 1, fit("Counts of " + w.coder + "'s codings by " + (w.countsPer == CountingUnits.Per.DOCUMENT ? "document" : "participant")
                + (by == null ? "" : ", by " + by) + "   (b: next attribute · u: documents/participants)", w.width), SGR.BOLD);
        int max = rows.stream().mapToInt(CodeCounts.Row::segmentsTotal).max().orElse(0);
        int nameW = Math.min(28, Math.max(12, w.width / 3));
        int y = 2;
        put(g, 0, y++, fit(String.format("%-" + nameW + "s %-10s %8s %8s %12s", "code", by == null ? "" : by, "segments", "with sub", noun), w.width), SGR.UNDERLINE);
        String last = null;
        for (var r : rows) {
            if (y >= w.height - 1) break;
            String name = r.code().equals(last) ? "" : "  ".repeat(r.depth()) + Codebook.nameOf(r.code());
            last = r.code();
            String text = String.format("%-" + nameW + "s %-10s %8d %8d %12s ", fit(name, nameW), fit(r.value(), 10), r.segments(), r.segmentsTotal(), r.documents() + " of " + r.documentsInGroup());
            put(g, 0, y, fit(text, w.width));
            int x = TerminalTextUtils.getColumnWidth(fit(text, w.width));
            int room = w.width - x;
            if (room > 0 && max > 0 && r.segmentsTotal() > 0) put(g, x, y, "█".repeat(Math.max(1, Math.min(room, r.segmentsTotal() * Math.min(room, 20) / max))));
            y++;
        }
    }

    private static void compare(Workbench w, TextGraphics g) {
        var all = w.disagreements;
        String a = w.comparing[0], b = w.comparing[1];
        put(g, 0, 1, fit("Compare " + a + " ↔ " + b + " · " + all.size() + " disagreements, " + all.undecided() + " undecided", w.width), SGR.BOLD);
        var d = w.currentDisagreement();
        if (d == null) {
            put(g, 2, 3, "No disagreements: the two coders agree on every turn of the documents both marked done.");
            return;
        }
        Codebook cb = w.project.codebook();
        int y = 2;
        put(g, 0, y++, fit(d.doc() + ", turn " + d.turn().n() + (d.turn().speaker() == null ? "" : " · " + d.turn().speaker()), w.width), SGR.UNDERLINE);
        List<String> text = wrap(d.text().replaceAll("\\s+", " "), w.width - 2);
        int textRows = Math.max(2, Math.min(text.size(), (w.height - 8) / 3));
        for (int i = 0; i < textRows && i < text.size(); i++) put(g, 2, y++, text.get(i) + (i == textRows - 1 && text.size() > textRows ? " …" : ""));
        int half = w.width / 2;
        put(g, 0, y, fit("A: " + a, half - 1), SGR.BOLD);
        put(g, half, y++, fit("B: " + b, w.width - half), SGR.BOLD);
        int rows = Math.max(d.first().size(), d.second().size());
        for (int i = 0; i < rows && y < w.height - 5; i++, y++) {
            if (i < d.first().size()) {
                Coding c = d.first().get(i);
                boolean only = !d.secondCodes().contains(c.code());
                put(g, 0, y, fit((only ? "≠ " : "  ") + cb.shortName(c.code()) + (c.memo() == null ? "" : " ✎ " + c.memo()), half - 1), only ? new SGR[]{SGR.BOLD} : new SGR[0]);
            }
            if (i < d.second().size()) {
                Coding c = d.second().get(i);
                boolean only = !d.firstCodes().contains(c.code());
                put(g, half, y, fit((only ? "≠ " : "  ") + cb.shortName(c.code()) + (c.memo() == null ? "" : " ✎ " + c.memo()), w.width - half), only ? new SGR[]{SGR.BOLD} : new SGR[0]);
            }
        }
        var decided = all.decision(d);
        put(g, 0, y++, fit(decided.map(x -> "Decided: " + x.decision().label() + (x.code() == null ? "" : " " + x.code()) + (x.note() == null ? "" : " · " + x.note()))
                .orElse("Undecided" + (w.note.isEmpty() ? "" : " · note: " + w.note)), w.width), SGR.REVERSE);
        y++;
        int listRows = w.height - 1 - y;
        int first = ListCursor.firstShown(w.disCursor, listRows, all.size());
        for (int i = 0; i < listRows && first + i < all.size(); i++) {
            var x = all.get(first + i);
            String row = (all.decision(x).isPresent() ? "✓ " : "  ") + String.format("%-10s %4d  ", fit(x.doc(), 10), x.turn().n()) + x.text().replaceAll("\\s+", " ");
            if (first + i == w.disCursor) put(g, 0, y + i, pad(fit(row, w.width), w.width), SGR.REVERSE);
            else put(g, 0, y + i, fit(row, w.width));
        }
    }

    private static void extracts(Workbench w, TextGraphics g) {
        put(g, 0, 1, fit("Extracts of " + w.extractsCode + " · " + w.extracts.size() + " by " + w.coder, w.width), SGR.BOLD);
        if (w.extracts.isEmpty()) {
            put(g, 2, 3, "No segments of this code yet.");
            return;
        }
        int y = 2;
        for (int i = w.extractCursor; i < w.extracts.size() && y < w.height - 2; i++) {
            var e = w.extracts.get(i);
            put(g, 0, y++, fit((i == w.extractCursor ? "▶ " : "  ") + e.citation() + (e.key() ? " ★" : "") + (e.codedAs().equals(e.code()) ? "" : " · " + e.codedAs()), w.width),
                    i == w.extractCursor ? new SGR[]{SGR.BOLD, SGR.REVERSE} : new SGR[]{SGR.BOLD});
            for (String line : wrap((e.speaker() == null ? "" : e.speaker() + ": ") + e.text().replaceAll("\\s+", " "), w.width - 4)) {
                if (y >= w.height - 2) break;
                put(g, 4, y++, line);
            }
            y++;
        }
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
        List<String> paths = cb.paths();
        for (Coding c : here) {
            if (y > w.height / 2 - 1) break;
            g.setForegroundColor(colour(w, c.code(), paths));
            put(g, x0, y++, fit(initial(c.code()) + " " + cb.shortName(c.code()) + (c.memo() != null ? " ✎" : "") + (c.keyQuote() ? " ★" : ""), pw));
            g.setForegroundColor(TextColor.ANSI.DEFAULT);
        }
        y++;
        put(g, x0, y++, fit("Codebook" + (w.codeFilter.isEmpty() ? "" : " /" + w.codeFilter), pw), w.codebookFocus ? new SGR[]{SGR.BOLD, SGR.UNDERLINE} : new SGR[]{SGR.BOLD});
        List<String> codes = w.visibleCodes();
        int rows = w.height - 1 - y;
        if (w.showDefinition && !codes.isEmpty()) {
            Code c = cb.get(codes.get(ListCursor.clamp(w.codeCursor, codes.size())));
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
        int first = ListCursor.firstShown(w.codeCursor, rows, codes.size());
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
                "  Backspace Esc   edit / clear the filter", "  /               search all transcripts (Enter on a hit opens it there)",
                "  #               code counts with bars (b: by attribute)", "  =               compare your coding with the other coder's (peer debriefing)", "  Ctrl-T          a journal entry (your reflexive journal)",
                "  q               quit (with an empty filter)", "  ?               this help; Esc closes it",
                "  ✓ S             marks: done by you; in your reliability sample (thema sample)")
                : w.screen == Workbench.Screen.COMPARE ? List.of(
                "Compare (one disagreement at a time)", "  ↑ ↓  j k        previous / next disagreement", "  n               next undecided",
                "  a / b           accept A's / B's codes", "  2 / 0           both coders' codes / no code",
                "  c               a new code, added to the codes both coders applied", "  C               a new code that replaces every code on the turn",
                "  t               a note for the next decision", "  q  Esc          back to the documents")
                : List.of("Transcript", "  ↑ ↓  j k        previous / next turn (selects it)", "  PgUp PgDn Home End  page, first, last turn",
                "  n / c           next uncoded turn / next turn with a coding", "  ] [             extend / shrink the selection by a sentence",
                "  > <             ... by a word", "  . ,             ... by a character", "  Space Esc       select the whole turn again",
                "  1-9             apply the pinned code", "  x               remove your coding here", "  m               memo on your coding here", "  K               mark your coding here as a key quote ★",
                "  u  U or Ctrl-R  undo / redo (kept across restarts)", "  d               mark the document done / not done",
                "  p / P           play the recording: the turn from its time / on from the selection (thema media)",
                "  Tab             to the codebook and back", "  / #             search / counts", "  q               back to the documents",
                "Codebook (after Tab)", "  letters         filter codes   ↑ ↓ move   Enter apply to the selection",
                "  Ctrl-N / Ins    new code under the highlighted one   Ctrl-R / F2 rename", "  Ctrl-D          show the definition, include/exclude, example",
                "  Ctrl-P          pin the code to a number key", "  Ctrl-E          read every extract of the code (Enter opens one)",
                "  Ctrl-O          your memo on the code   (M in the transcript: memo on the document)");
        for (int i = 0; i < keys.size() && 1 + i < w.height - 1; i++) put(g, 1, 1 + i, fit(keys.get(i), w.width - 2), i == 0 || !keys.get(i).startsWith(" ") ? new SGR[]{SGR.BOLD} : new SGR[0]);
    }

    static String initial(String code) {
        String n = Codebook.nameOf(code);
        return n.isEmpty() ? "?" : n.substring(0, n.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The code's own colour (#rrggbb) when set, else one of six by its place in the codebook; none
     * on a monochrome workbench (--mono, NO_COLOR), where the initials carry the meaning alone.
     */
    static TextColor colour(Workbench w, String code, List<String> paths) {
        if (w.mono) return TextColor.ANSI.DEFAULT;
        Code c = w.project.codebook().find(code).orElse(null);
        if (c != null && Codebook.isColor(c.color)) return TextColor.Factory.fromString(c.color);
        return PALETTE[Math.max(0, paths.indexOf(code)) % PALETTE.length];
    }

    private static void put(TextGraphics g, int x, int y, String s, SGR... sgr) {
        if (sgr.length > 0) g.enableModifiers(sgr);
        // one cell per code point: Lanterna's putString splits an emoji's surrogate pair into two '?' cells
        java.util.EnumSet<SGR> mods = g.getActiveModifiers().isEmpty() ? java.util.EnumSet.noneOf(SGR.class) : java.util.EnumSet.copyOf(g.getActiveModifiers());
        int col = x;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            com.googlecode.lanterna.TextCharacter[] tc = com.googlecode.lanterna.TextCharacter.fromString(Character.toString(cp),
                    g.getForegroundColor(), g.getBackgroundColor(), mods.toArray(new SGR[0]));
            if (tc.length == 0) continue;
            g.setCharacter(col, y, tc[0]);
            col += tc[0].isDoubleWidth() ? 2 : 1;
        }
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
