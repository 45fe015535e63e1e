package thema.coding;

import thema.project.Changes;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Turn;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every change to codings, the same for the command line, the TUI and scripts. Each call is
 * one atomic write and one undo step of the coder who makes it.
 */
public final class Codings {
    private Codings() {
    }

    public static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The span [start, end) of turn {@code n}'s spoken text (its label left out). */
    public static int[] turnSpan(Document d, int n) {
        Turn t = d.turn(n);
        if (t.body() >= t.end()) throw new ThemaException("turn " + n + " of '" + d.id() + "' has no text to code");
        return new int[]{t.body(), t.end()};
    }

    /** Checks a span against its document: never a silent clamp. */
    public static void checkSpan(Document d, int start, int end) {
        if (start < 0 || end > d.length() || start >= end) {
            throw new ThemaException("span [" + start + ", " + end + ") is outside document '" + d.id() + "' (0.." + d.length() + ") or empty");
        }
    }

    /** Adds codings as one step; a segment the coder already has is skipped. Returns those added. */
    public static List<Coding> add(Project p, String coder, Collection<Coding> codings, String label) {
        return p.write(ch -> stageAdd(p, ch, coder, codings, label));
    }

    /** Adds many coders' codings in one atomic step (a batch file); returns how many were added. */
    public static int addBatch(Project p, Map<String, List<Coding>> byCoder, String label) {
        return p.write(ch -> {
            int n = 0;
            for (var e : byCoder.entrySet()) n += stageAdd(p, ch, e.getKey(), e.getValue(), label).size();
            return n;
        });
    }

    private static List<Coding> stageAdd(Project p, Changes ch, String coder, Collection<Coding> codings, String label) {
        p.checkCoder(coder);
        CoderFile f = p.coder(coder);
        List<Coding> all = new ArrayList<>(f.codings());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Coding c : all) seen.add(segmentKey(c));
        List<Coding> added = new ArrayList<>();
        for (Coding c : codings) {
            Document d = p.document(c.doc());
            checkSpan(d, c.start(), c.end());
            Coding norm = c.withCode(p.codebook().resolve(c.code()));
            if (seen.add(segmentKey(norm))) added.add(norm);
        }
        ExclusiveGroups.of(p.codebook()).refuse(coder, all, added);
        all.addAll(added);
        ch.coder(f.withCodings(all));
        record(p, ch, coder, label, added.stream().map(Change::add).toList());
        return added;
    }

    private static String segmentKey(Coding c) {
        return c.doc() + '\u0000' + c.start() + '\u0000' + c.end() + '\u0000' + c.code();
    }

    /** Removes the coder's codings of {@code code} (exact path) on exactly [start, end). */
    public static int remove(Project p, String coder, String doc, int start, int end, String code) {
        return p.write(ch -> {
            String exact = p.codebook().resolve(code);
            p.document(doc);
            CoderFile f = p.coder(coder);
            List<Coding> keep = new ArrayList<>();
            List<Change> changes = new ArrayList<>();
            for (Coding c : f.codings()) {
                if (c.doc().equals(doc) && c.start() == start && c.end() == end && c.code().equals(exact)) changes.add(Change.remove(c));
                else keep.add(c);
            }
            if (changes.isEmpty()) {
                throw new ThemaException("coder '" + coder + "' has no coding '" + exact + "' on '" + doc + "' [" + start + ", " + end + ")");
            }
            ch.coder(f.withCodings(keep));
            record(p, ch, coder, "uncode " + exact, changes);
            return changes.size();
        });
    }

    /** Replaces one coding by another (recode, memo, key quote, resize): one undo step. */
    public static Coding replace(Project p, String coder, Coding old, Coding updated, String label) {
        return p.write(ch -> {
            CoderFile f = p.coder(coder);
            Coding current = f.codings().stream().filter(c -> c.sameSegment(old)).findFirst()
                    .orElseThrow(() -> new ThemaException("coder '" + coder + "' has no coding '" + old.code() + "' on '" + old.doc()
                            + "' [" + old.start() + ", " + old.end() + ")"));
            Coding norm = updated.withCode(p.codebook().resolve(updated.code()));
            checkSpan(p.document(norm.doc()), norm.start(), norm.end());
            List<Coding> all = new ArrayList<>(f.codings());
            all.remove(current);
            if (!norm.sameSegment(current)) ExclusiveGroups.of(p.codebook()).refuse(coder, all, List.of(norm));
            if (!norm.sameSegment(current) && all.stream().anyMatch(c -> c.sameSegment(norm))) {
                throw new ThemaException("coder '" + coder + "' already has that coding");
            }
            all.add(norm);
            ch.coder(f.withCodings(all));
            record(p, ch, coder, label, List.of(Change.remove(current), Change.add(norm)));
            return norm;
        });
    }

    /** Marks documents done (or not done) for a coder. */
    public static void done(Project p, String coder, Collection<String> docs, boolean done) {
        p.checkCoder(coder);
        p.write(ch -> {
            CoderFile f = p.coder(coder);
            List<String> list = new ArrayList<>(f.done());
            List<Change> changes = new ArrayList<>();
            for (String d : docs) {
                p.document(d);
                if (done && !list.contains(d)) {
                    list.add(d);
                    changes.add(Change.done(d, true));
                } else if (!done && list.remove(d)) {
                    changes.add(Change.done(d, false));
                }
            }
            ch.coder(f.withDone(list));
            record(p, ch, coder, done ? "done" : "not done", changes);
            return null;
        });
    }

    private static void record(Project p, Changes ch, String coder, String label, List<Change> changes) {
        if (changes.isEmpty()) return;
        History h = History.load(p, coder).push(new History.Step(label, now(), changes));
        ch.file(History.relativePath(coder), h.toYaml());
    }

    // ---------------------------------------------------------------- undo / redo

    /** Undoes the coder's last step; returns its label, or null when there is nothing to undo. */
    public static String undo(Project p, String coder) {
        return p.write(ch -> {
            History h = History.load(p, coder);
            if (h.position() == 0) return null;
            History.Step s = h.steps().get(h.position() - 1);
            List<Change> inverse = new ArrayList<>();
            for (int i = s.changes().size() - 1; i >= 0; i--) inverse.add(s.changes().get(i).inverse());
            apply(p, ch, coder, inverse);
            ch.file(History.relativePath(coder), new History(h.position() - 1, h.steps()).toYaml());
            return s.label();
        });
    }

    /** Redoes the step last undone; returns its label, or null when there is nothing to redo. */
    public static String redo(Project p, String coder) {
        return p.write(ch -> {
            History h = History.load(p, coder);
            if (h.position() >= h.steps().size()) return null;
            History.Step s = h.steps().get(h.position());
            apply(p, ch, coder, s.changes());
            ch.file(History.relativePath(coder), new History(h.position() + 1, h.steps()).toYaml());
            return s.label();
        });
    }

    private static void apply(Project p, Changes ch, String coder, List<Change> changes) {
        Map<String, CoderFile> files = new LinkedHashMap<>();
        files.put(coder, p.coder(coder));
        Codebook cb = p.codebook();
        for (Change c : changes) {
            CoderFile f = files.get(coder);
            switch (c.op()) {
                case "add" -> {
                    List<Coding> all = new ArrayList<>(f.codings());
                    if (all.stream().noneMatch(x -> x.sameSegment(c.coding()))) all.add(c.coding());
                    files.put(coder, f.withCodings(all));
                }
                case "remove" -> {
                    List<Coding> all = new ArrayList<>(f.codings());
                    all.removeIf(x -> x.sameSegment(c.coding()));
                    files.put(coder, f.withCodings(all));
                }
                case "done", "undone" -> {
                    List<String> d = new ArrayList<>(f.done());
                    d.remove(c.doc());
                    if (c.op().equals("done")) d.add(c.doc());
                    files.put(coder, f.withDone(d));
                }
                case "codebook" -> {
                    cb = Codebook.parse("codebook", c.after().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (c.from() != null) {
                        for (String other : p.coders()) files.putIfAbsent(other, p.coder(other));
                        files.replaceAll((k, v) -> CodebookEdits.repath(v, c.from(), c.to()));
                        CodePathReferences.stageRepath(p, ch, c.from(), c.to());
                    }
                    ch.codebook(cb);
                }
                default -> throw new IllegalStateException("unknown change " + c.op());
            }
        }
        files.values().forEach(ch::coder);
    }
}
