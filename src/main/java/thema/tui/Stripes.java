package thema.tui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.Function;
import thema.project.Codebook;
import thema.project.Coding;

/**
 * Codings laid out as stripes beside a transcript: each coding gets the lowest lane free over
 * its lines, and its name goes beside the line it starts on (or the first line of its span
 * with room), else onto a row of names after its turn, so every coding is named near its
 * passage. With no room beside the text ({@code labelWidth} 0) all names go below each turn.
 * Pure: no terminal needed. O(lines + codings log codings) besides the rows' lanes.
 */
public final class Stripes {
    /** Which part of its stripe a coding shows on a line; OVERFLOW marks more codings than lanes. */
    public enum Part {
        START('┌'), MIDDLE('│'), END('└'), SINGLE('╶'), OVERFLOW('+');

        public final char glyph;

        Part(char glyph) {
            this.glyph = glyph;
        }
    }

    /** A coding's part on one line in one lane (coding null with OVERFLOW: several beyond the lanes). */
    public record Lane(Coding coding, Part part) {
    }

    public enum Kind { TEXT, NAMES }

    /**
     * One row of the transcript screen. TEXT rows show {@code line} with {@code lanes} (maxLanes
     * entries, null where no coding) and {@code label}, the names placed beside it; NAMES rows
     * (line null, no lanes) list names below turn {@code turn}. {@code named} are the codings
     * whose names the row shows, in the order shown.
     */
    public record Row(Kind kind, TranscriptLayout.Line line, int turn, List<Lane> lanes, String label, List<Coding> named) {
    }

    static final String JOIN = " · ";
    static final String BELOW = "▸ ";

    private Stripes() {
    }

    /**
     * The rows for {@code lines} (a laid-out document) with {@code codings} shown: names from
     * {@code label}, placed beside in {@code labelWidth} columns (0: below), rows of names
     * wrapped to {@code textWidth}, at most {@code maxLanes} lanes.
     */
    public static List<Row> layout(List<TranscriptLayout.Line> lines, List<Coding> codings, Function<Coding, String> label,
                                   int labelWidth, int textWidth, int maxLanes) {
        int n = lines.size(), lanes = Math.max(1, maxLanes);
        List<Span> spans = spans(lines, codings);
        assignLanes(spans);
        Lane[][] cells = new Lane[n][];
        int[] overflow = new int[n + 1];
        for (Span s : spans) {
            if (s.lane >= lanes) {
                overflow[s.first]++;
                overflow[s.last + 1]--;
                continue;
            }
            for (int l = s.first; l <= s.last; l++) {
                if (cells[l] == null) cells[l] = new Lane[lanes];
                Part part = s.first == s.last ? Part.SINGLE : l == s.first ? Part.START : l == s.last ? Part.END : Part.MIDDLE;
                cells[l][s.lane] = new Lane(s.coding, part);
            }
        }
        // names: beside the span where they fit, the rest below the turn the coding starts in
        List<List<Span>> beside = new ArrayList<>(n);
        int[] used = new int[n];
        for (int i = 0; i < n; i++) beside.add(new ArrayList<>(0));
        Map<Integer, List<Span>> below = new HashMap<>();
        for (Span s : spans) {
            s.name = label.apply(s.coding);
            int w = Draw.width(s.name), line = -1;
            for (int l = s.first; labelWidth > 0 && l <= s.last && line < 0; l++) {
                if (used[l] + (used[l] > 0 ? JOIN.length() : 0) + w <= labelWidth) line = l;
            }
            if (line >= 0) {
                used[line] += (used[line] > 0 ? JOIN.length() : 0) + w;
                beside.get(line).add(s);
            } else {
                below.computeIfAbsent(lines.get(s.first).turn(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Row> rows = new ArrayList<>(n + below.size());
        int running = 0;
        for (int i = 0; i < n; i++) {
            running += overflow[i];
            TranscriptLayout.Line line = lines.get(i);
            Lane[] cell = cells[i] == null ? new Lane[lanes] : cells[i];
            if (running > 0) cell[lanes - 1] = new Lane(null, Part.OVERFLOW);
            List<Coding> named = new ArrayList<>(beside.get(i).size());
            StringBuilder b = new StringBuilder();
            for (Span s : beside.get(i)) {
                if (b.length() > 0) b.append(JOIN);
                b.append(s.name);
                named.add(s.coding);
            }
            rows.add(new Row(Kind.TEXT, line, line.turn(), Arrays.asList(cell), b.toString(), named));
            boolean turnEnds = i + 1 == n || lines.get(i + 1).turn() != line.turn();
            List<Span> names = below.get(line.turn());
            if (turnEnds && names != null) rows.addAll(nameRows(line.turn(), names, textWidth));
        }
        return rows;
    }

    /** A coding on lines first..last (indices into the lines), with its lane and name once known. */
    private static final class Span {
        final Coding coding;
        final int first, last;
        int lane;
        String name;

        Span(Coding coding, int first, int last) {
            this.coding = coding;
            this.first = first;
            this.last = last;
        }
    }

    /** Each coding's first and last line (binary searches), in start order, longer first on ties; codings on no line are left out. */
    private static List<Span> spans(List<TranscriptLayout.Line> lines, List<Coding> codings) {
        List<Span> out = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            int first = firstEndingAfter(lines, c.start());
            int last = lastStartingBefore(lines, Math.max(c.end(), c.start() + 1));
            if (first < lines.size() && last >= first) out.add(new Span(c, first, last));
        }
        out.sort(Comparator.<Span>comparingInt(s -> s.coding.start()).thenComparingInt(s -> -s.coding.end())
                .thenComparing((a, b) -> Coding.ORDER.compare(a.coding, b.coding)));
        return out;
    }

    /** The index of the first line ending after {@code offset} (lines.size() when none); line ends never decrease. */
    private static int firstEndingAfter(List<TranscriptLayout.Line> lines, int offset) {
        int lo = 0, hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).end() > offset) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /** The index of the last line starting before {@code offset} (-1 when none). */
    private static int lastStartingBefore(List<TranscriptLayout.Line> lines, int offset) {
        int lo = 0, hi = lines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }

    /** Interval colouring over lines: each span takes the lowest lane no earlier span still holds. */
    private static void assignLanes(List<Span> spans) {
        PriorityQueue<Span> busy = new PriorityQueue<>(Comparator.comparingInt(s -> s.last));
        TreeSet<Integer> free = new TreeSet<>();
        int lanes = 0;
        for (Span s : spans) {
            while (!busy.isEmpty() && busy.peek().last < s.first) free.add(busy.poll().lane);
            s.lane = free.isEmpty() ? lanes++ : free.pollFirst();
            busy.add(s);
        }
    }

    /** "▸ care route · two-way · process" wrapped to {@code width} columns; a name too long for a row is clipped. */
    private static List<Row> nameRows(int turn, List<Span> names, int width) {
        List<Row> out = new ArrayList<>();
        int w = Math.max(8, width);
        StringBuilder b = new StringBuilder(BELOW);
        List<Coding> named = new ArrayList<>();
        for (Span s : names) {
            String name = clip(s.name, w - BELOW.length());
            if (!named.isEmpty() && Draw.width(b.toString()) + JOIN.length() + Draw.width(name) > w) {
                out.add(new Row(Kind.NAMES, null, turn, List.of(), b.toString(), named));
                b = new StringBuilder("  ");
                named = new ArrayList<>();
            } else if (!named.isEmpty()) {
                b.append(JOIN);
            }
            b.append(name);
            named.add(s.coding);
        }
        out.add(new Row(Kind.NAMES, null, turn, List.of(), b.toString(), named));
        return out;
    }

    /**
     * The shortest name per code that is unique among {@code paths}: its own name when no other
     * has it, else with as many parents as make it unique ("home/other", "school/other"); names
     * longer than {@code max} columns are cut with '…', and kept distinct.
     */
    public static Map<String, String> uniqueShortNames(Collection<String> paths, Codebook cb, int max) {
        List<String> all = paths.stream().distinct().toList();
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : all) {
            int depth = 1;
            String name = tail(cb, p, depth);
            while (!name.equals(p) && clashes(cb, all, p, name, depth)) name = tail(cb, p, ++depth);
            out.put(p, name);
        }
        // cut to max columns; names that the cut makes equal keep their endings instead ("coor…tion", "coor…tor")
        Map<String, List<String>> byCut = new LinkedHashMap<>();
        out.forEach((p, name) -> byCut.computeIfAbsent(clip(name, max), k -> new ArrayList<>()).add(p));
        byCut.forEach((cut, group) -> {
            if (group.size() == 1) {
                out.put(group.get(0), cut);
                return;
            }
            for (int keep = 1; keep < max - 1; keep++) {
                List<String> tried = new ArrayList<>();
                for (String p : group) tried.add(clipMiddle(out.get(p), max, keep));
                if (tried.stream().distinct().count() == group.size() && tried.stream().noneMatch(byCut::containsKey)) {
                    for (int i = 0; i < group.size(); i++) out.put(group.get(i), tried.get(i));
                    return;
                }
            }
            for (int i = 0; i < group.size(); i++) out.put(group.get(i), clip(out.get(group.get(i)), max - 1 - String.valueOf(i + 1).length()) + "~" + (i + 1));
        });
        return out;
    }

    /** The last {@code depth} names of a path: its code and that many parents less one. */
    private static String tail(Codebook cb, String path, int depth) {
        String name = Codebook.nameOf(path);
        String at = path;
        for (int i = 1; i < depth; i++) {
            // a path the codebook no longer has (a coding of a deleted code) still has its parents in its name
            String parent = cb.parentOf(at).orElse(at.contains("/") ? at.substring(0, at.lastIndexOf('/')) : null);
            if (parent == null) return path;
            name = Codebook.nameOf(parent) + "/" + name;
            at = parent;
        }
        return name;
    }

    private static boolean clashes(Codebook cb, List<String> all, String path, String name, int depth) {
        for (String q : all) if (!q.equals(path) && tail(cb, q, depth).equals(name)) return true;
        return false;
    }

    /** {@code s} in at most {@code cols} columns, ending in '…' when cut. */
    static String clip(String s, int cols) {
        if (Draw.width(s) <= cols) return s;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            String c = Character.toString(s.codePointAt(i));
            if (Draw.width(b.toString()) + Draw.width(c) + 1 > cols) break;
            b.append(c);
        }
        return b + "…";
    }

    /** {@code s} cut in the middle to {@code cols} columns, keeping its last {@code keep} characters. */
    private static String clipMiddle(String s, int cols, int keep) {
        int n = s.codePointCount(0, s.length());
        if (keep >= n) return clip(s, cols);
        String end = s.substring(s.offsetByCodePoints(0, n - keep));
        return clip(s.substring(0, s.offsetByCodePoints(0, n - keep)), cols - Draw.width(end)) + end;
    }
}
