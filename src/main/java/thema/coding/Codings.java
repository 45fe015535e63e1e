package thema.coding;

import thema.project.Changes;
import thema.project.Codebook;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.Document;
import thema.project.FileKinds;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Turn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every change to codings, the same for the command line, the TUI and scripts. Each call is
 * one atomic write and one undo step of the coder who makes it.
 */
public final class Codings {
    private Codings() {
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

    /**
     * Codes [start, end) of a document for a coder, with an optional memo (blank: none), as one
     * step labelled "code " and the code as given. The core stamps the coder as author and the time: every shell
     * (a command, the workbench, a search hit) codes through this. Returns the coding added, or
     * empty when the coder already has it.
     */
    public static Optional<Coding> code(Project p, String coder, String doc, int start, int end, String code, String memo) {
        Coding c = draft(coder, doc, start, end, code, memo);
        return p.write(ch -> stageAdd(p, ch, coder, List.of(c), "code " + code).stream().findFirst());
    }

    /** A coding as {@code coder} makes it now: the coder as author, the time now, a blank memo none (not saved). */
    public static Coding draft(String coder, String doc, int start, int end, String code, String memo) {
        return new Coding(doc, start, end, code, memo == null || memo.isBlank() ? null : memo, null, coder, Coding.now());
    }

    /**
     * Marks (or with {@code key} false unmarks) the coder's codings on exactly [start, end) of a
     * document as key quotes: those of {@code code} (any path it resolves to), or with null every
     * coding on that span. One write and one undo step however many codings it marks; returns
     * how many matched.
     */
    public static int markKey(Project p, String coder, String doc, int start, int end, String code, boolean key) {
        return p.write(ch -> {
            String exact = code == null ? null : p.codebook().resolve(code);
            String id = p.document(doc).id();
            CoderFile f = p.coder(coder);
            List<Coding> all = new ArrayList<>();
            List<Change> changes = new ArrayList<>();
            java.util.Set<String> codes = new java.util.LinkedHashSet<>();
            for (Coding c : f.codings()) {
                if (c.doc().equals(id) && c.start() == start && c.end() == end && (exact == null || c.code().equals(exact))) {
                    Coding marked = c.withKey(key);
                    changes.add(Change.remove(c));
                    changes.add(Change.add(marked));
                    codes.add(c.code());
                    all.add(marked);
                } else {
                    all.add(c);
                }
            }
            if (changes.isEmpty()) {
                throw new ThemaException("coder '" + coder + "' has no coding on '" + id + "' [" + start + ", " + end + ")"
                        + (exact == null ? "" : " with code '" + exact + "'"));
            }
            ch.coder(f.withCodings(all));
            History.record(p, ch, coder, (key ? "key quote " : "unmark key quote ") + String.join(", ", codes), changes);
            return changes.size() / 2;
        });
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
        // the coder's codings are sorted by segment: a search finds one already there, without a set of all of them
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Coding> added = new ArrayList<>();
        for (Coding c : codings) {
            Document d = p.document(c.doc());
            checkSpan(d, c.start(), c.end());
            Coding norm = c.withCode(p.codebook().resolve(c.code()));
            if (java.util.Collections.binarySearch(f.codings(), norm, Coding.ORDER) < 0 && seen.add(segmentKey(norm))) added.add(norm);
        }
        ExclusiveGroups.of(p.codebook()).refuse(coder, all, added);
        all.addAll(added);
        ch.coder(f.withCodings(all));
        History.record(p, ch, coder, label, added.stream().map(Change::add).toList());
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
            History.record(p, ch, coder, "uncode " + exact, changes);
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
            History.record(p, ch, coder, label, List.of(Change.remove(current), Change.add(norm)));
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
            History.record(p, ch, coder, done ? "done" : "not done", changes);
            return null;
        });
    }

    // ---------------------------------------------------------------- undo / redo

    /**
     * Undoes the coder's last step, whoever saved it (each command is a process of its own, so
     * {@code thema undo} takes back the coder's last change); returns its label, or null when there
     * is nothing to undo.
     */
    public static String undo(Project p, String coder) {
        return undo(p, coder, null);
    }

    /**
     * Undoes the coder's last step only while it is still {@code expected} (the step the workbench
     * showed, or asked about): a step another process saved meanwhile is never taken back unseen.
     */
    public static String undo(Project p, String coder, History.Step expected) {
        return p.write(ch -> {
            History h = History.load(p, coder);
            History.Step s = h.toUndo();
            if (s == null && expected == null) return null;
            if (expected != null && !expected.sameStep(s)) throw changedMeanwhile(coder);
            List<Change> changes = s.changes();
            List<Change> inverse = new ArrayList<>();
            for (int i = changes.size() - 1; i >= 0; i--) inverse.add(changes.get(i).inverse());
            apply(p, ch, coder, inverse, s.label());
            h.stageUndo(p, ch);
            return s.label();
        });
    }

    /** Redoes the step last undone; returns its label, or null when there is nothing to redo. */
    public static String redo(Project p, String coder) {
        return redo(p, coder, null);
    }

    /** Redoes the step last undone only while it is still {@code expected}, as {@link #undo(Project, String, History.Step)}. */
    public static String redo(Project p, String coder, History.Step expected) {
        return p.write(ch -> {
            History h = History.load(p, coder);
            History.Step s = h.toRedo();
            if (s == null && expected == null) return null;
            if (expected != null && !expected.sameStep(s)) throw changedMeanwhile(coder);
            apply(p, ch, coder, s.changes(), s.label());
            h.stageRedo(p, ch);
            return s.label();
        });
    }

    private static ThemaException changedMeanwhile(String coder) {
        return new ThemaException("nothing undone or redone: " + coder + "'s undo history changed meanwhile (another program saved a step)");
    }

    /**
     * Applies an undo step's changes (or their inverse). The coder's codings are kept by segment
     * while the adds and removes go in, so taking back a batch of 100,000 codings is one pass,
     * not one rewrite of the list per coding.
     */
    private static void apply(Project p, Changes ch, String coder, List<Change> changes, String label) {
        if (changes.stream().anyMatch(c -> c.op() == Change.Op.FILE)) {
            // a step of whole files (a merge, a deletion): each comes back as it was, nothing else changes
            for (Change c : changes) FileSnapshots.apply(p, ch, c, label);
            return;
        }
        Map<String, CoderFile> files = new LinkedHashMap<>();
        files.put(coder, p.coder(coder));
        Map<Coding, List<Coding>> bySegment = bySegment(p.coder(coder).codings());
        for (Change c : changes) {
            CoderFile f = files.get(coder);
            switch (c.op()) {
                case ADD -> bySegment.putIfAbsent(segment(c.coding()), new ArrayList<>(List.of(c.coding())));
                case REMOVE -> bySegment.remove(segment(c.coding()));
                case DONE, UNDONE -> {
                    List<String> d = new ArrayList<>(f.done());
                    d.remove(c.doc());
                    if (c.op() == Change.Op.DONE) d.add(c.doc());
                    files.put(coder, f.withDone(d));
                }
                case CODEBOOK -> {
                    Codebook cb = Codebook.parse("codebook", c.after().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (c.from() != null) {
                        // every file that names codes follows; this coder's codings as they stand in this step
                        files.put(coder, f.withCodings(flatten(bySegment)));
                        files.values().forEach(ch::coder);
                        p.stageRepath(ch, c.from(), c.to());
                        for (String other : ch.stagedKeys(FileKinds.CODERS)) files.put(other, ch.staged(FileKinds.CODERS, other).orElseThrow());
                        bySegment = bySegment(files.get(coder).codings());
                    }
                    ch.codebook(cb);
                }
                case FILE -> throw new IllegalStateException("a file change is applied with its step's other files");
            }
        }
        files.put(coder, files.get(coder).withCodings(flatten(bySegment)));
        files.values().forEach(ch::coder);
    }

    /** A coding reduced to its segment (document, span, code): the key of {@link Coding#sameSegment}. */
    private static Coding segment(Coding c) {
        return new Coding(c.doc(), c.start(), c.end(), c.code(), null, null, null, null);
    }

    private static Map<Coding, List<Coding>> bySegment(List<Coding> codings) {
        Map<Coding, List<Coding>> out = new LinkedHashMap<>();
        for (Coding c : codings) out.computeIfAbsent(segment(c), k -> new ArrayList<>()).add(c);
        return out;
    }

    private static List<Coding> flatten(Map<Coding, List<Coding>> bySegment) {
        List<Coding> out = new ArrayList<>();
        bySegment.values().forEach(out::addAll);
        return out;
    }
}
