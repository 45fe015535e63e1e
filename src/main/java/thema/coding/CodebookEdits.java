package thema.coding;

import thema.project.Changes;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.FileKinds;
import thema.project.Project;
import thema.project.ThemaException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to the codebook. Renaming or moving a code rewrites every coding that uses it
 * (in every coder's file) in the same atomic step, and is one undo step of the editor.
 */
public final class CodebookEdits {
    private CodebookEdits() {
    }

    public static String add(Project p, String editor, String parentPath, Code code) {
        return p.write(ch -> {
            String parent = parentPath == null || parentPath.isBlank() ? null : p.codebook().resolve(parentPath);
            String path = parent == null ? code.name.strip() : parent + "/" + code.name.strip();
            if (p.codebook().contains(path)) throw new ThemaException("code '" + path + "' already exists");
            Codebook next = p.codebook().add(parent, code);
            stage(p, ch, editor, "new code " + path, next, null, null);
            return path;
        });
    }

    public static String rename(Project p, String editor, String path, String newName) {
        return p.write(ch -> {
            String from = p.codebook().resolve(path);
            String parent = p.codebook().parentOf(from).orElse(null);
            String to = parent == null ? newName.strip() : parent + "/" + newName.strip();
            if (p.codebook().contains(to)) throw new ThemaException("code '" + to + "' already exists");
            stage(p, ch, editor, "rename " + from, p.codebook().rename(from, newName.strip()), from, to);
            return to;
        });
    }

    public static String move(Project p, String editor, String path, String newParent) {
        return p.write(ch -> {
            String from = p.codebook().resolve(path);
            String parent = newParent == null || newParent.isBlank() ? null : p.codebook().resolve(newParent);
            String to = parent == null ? Codebook.nameOf(from) : parent + "/" + Codebook.nameOf(from);
            if (p.codebook().contains(to)) throw new ThemaException("code '" + to + "' already exists");
            stage(p, ch, editor, "move " + from, p.codebook().move(from, parent), from, to);
            return to;
        });
    }

    /** A code refused for deletion because codings, memos or decisions use it: {@code what} says how many. */
    public static final class InUse extends ThemaException {
        public final String code, what;

        InUse(String code, String what) {
            super("'" + code + "' has " + what + "; delete them too with --with-codings");
            this.code = code;
            this.what = what;
        }
    }

    /** How many codings of each coder a merge or a deletion touched, and what else went with them. */
    public record Outcome(String path, String into, Map<String, Integer> codings, int duplicates, int memos) {
        public int total() {
            return codings.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** "14 codings of 2 coders". */
        public String counted() {
            return CodebookEdits.counted(codings, "of");
        }
    }

    /** "14 codings of 2 coders" ({@code joiner} "of", "by") for codings counted by coder. */
    public static String counted(Map<String, Integer> byCoder, String joiner) {
        int total = byCoder.values().stream().mapToInt(Integer::intValue).sum();
        return many(total, "coding") + " " + joiner + " " + many(byCoder.values().stream().filter(n -> n > 0).count(), "coder");
    }

    /** "1 memo", "2 memos". */
    public static String many(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Merges code {@code path} into {@code into}: every coding of it, in every coder's file, becomes
     * one of {@code into}; its subcodes move under {@code into} (refused when {@code into} has a
     * subcode of the same name); a coding that then duplicates one already there is dropped, its memo
     * joined to that one's and its key-quote mark kept. Themes, decisions and memos follow (a memo on
     * the merged code is appended to the target's). One atomic step and one undo step of {@code editor}.
     */
    public static Outcome merge(Project p, String editor, String path, String into) {
        return p.write(ch -> {
            Codebook cb = p.codebook();
            String from = cb.resolve(path), to = cb.resolve(into);
            if (Codebook.isSelfOrDescendant(to, from)) {
                throw new ThemaException("cannot merge '" + from + "' into " + (to.equals(from) ? "itself" : "its own subcode '" + to + "'"));
            }
            Codebook next = cb;
            for (String child : cb.childrenOf(from)) {
                if (cb.find(to + "/" + Codebook.nameOf(child)).isPresent()) {
                    throw new ThemaException("cannot merge '" + from + "' into '" + to + "': both have a subcode '" + Codebook.nameOf(child)
                            + "' (merge or rename one of them first)");
                }
                next = next.move(child, to);
            }
            next = next.remove(from);
            String label = "merge " + from + " into " + to;
            ch.codebook(next);
            // every file of every kind that names codes follows as in a rename; then what became twice the same is joined
            p.stageRepath(ch, from, to);
            Map<String, Integer> moved = new TreeMap<>();
            int duplicates = 0;
            for (String coder : p.coders()) {
                CoderFile f = p.coder(coder);
                List<Coding> kept = new ArrayList<>(), merging = new ArrayList<>();
                for (Coding c : f.codings()) (Codebook.isSelfOrDescendant(c.code(), from) ? merging : kept).add(c);
                if (merging.isEmpty()) continue;
                moved.put(coder, merging.size());
                Map<Coding, Integer> at = new HashMap<>();
                for (int i = 0; i < kept.size(); i++) at.put(segment(kept.get(i)), i);
                for (Coding c : merging) {
                    Coding m = c.withCode(Codebook.repath(c.code(), from, to));
                    Integer i = at.get(segment(m));
                    if (i == null) {
                        kept.add(m);
                        continue;
                    }
                    Coding there = kept.get(i);
                    kept.set(i, there.withMemo(Memos.joined(there.memo(), m.memo())).withKey(there.keyQuote() || m.keyQuote()));
                    duplicates++;
                }
                ch.coder(f.withCodings(kept));
            }
            refuseClashes(p, ch, next, label, to);
            int memos = 0;
            for (String coder : Memos.coders(p)) {
                Memos before = Memos.load(p, coder), after = before.merged(from, to);
                memos += before.onCode(from);
                if (after != before) ch.put(Memos.KIND, coder, after);
            }
            Themes themes = Themes.load(p), mergedThemes = themes.merged(from, to);
            if (mergedThemes != themes) ch.put(Themes.KIND, mergedThemes);
            FileSnapshots.record(p, ch, editor, label);
            return new Outcome(from, to, moved, duplicates, memos);
        });
    }

    /**
     * Deletes code {@code path} and its subcodes. A code that coders used, that has a memo or that a
     * consensus decision chose is refused, with the counts, unless {@code withCodings}: then those
     * codings (in every coder's file), memos and decisions go too. Themes that listed it drop it.
     * One atomic step and one undo step of {@code editor}, which brings everything back.
     */
    public static Outcome delete(Project p, String editor, String path, boolean withCodings) {
        return p.write(ch -> {
            String code = p.codebook().resolve(path);
            String parent = p.codebook().parentOf(code).orElse(null);
            if (parent != null && p.codebook().get(parent).exclusive && p.codebook().childrenOf(parent).size() == 1) {
                throw new ThemaException("cannot delete '" + code + "': it is the last alternative of the exclusive group '" + parent
                        + "' (delete the group instead)");
            }
            Map<String, Integer> used = new TreeMap<>();
            for (String coder : p.coders()) {
                CoderFile f = p.coder(coder);
                List<Coding> kept = f.codings().stream().filter(c -> !Codebook.isSelfOrDescendant(c.code(), code)).toList();
                if (kept.size() == f.codings().size()) continue;
                used.put(coder, f.codings().size() - kept.size());
                ch.coder(f.withCodings(kept));
            }
            int memos = 0;
            for (String coder : Memos.coders(p)) {
                Memos before = Memos.load(p, coder), after = before.withoutCode(code);
                memos += before.onCode(code);
                if (after != before) ch.put(Memos.KIND, coder, after);
            }
            Decisions decisions = p.read(Decisions.KIND);
            long chosen = decisions == null ? 0 : decisions.choosing(code);
            Outcome out = new Outcome(code, null, used, 0, memos);
            if (!withCodings && (out.total() > 0 || memos > 0 || chosen > 0)) {
                List<String> what = new ArrayList<>();
                if (out.total() > 0) what.add(counted(used, "by"));
                if (memos > 0) what.add(many(memos, "memo"));
                if (chosen > 0) what.add(many(chosen, "consensus decision"));
                throw new InUse(code, String.join(" and ", what));
            }
            if (decisions != null && decisions.withoutCode(code) != decisions) ch.put(Decisions.KIND, decisions.withoutCode(code));
            Themes themes = Themes.load(p), kept = themes.without(code);
            if (kept != themes) ch.put(Themes.KIND, kept);
            ch.codebook(p.codebook().remove(code));
            FileSnapshots.record(p, ch, editor, "delete code " + code);
            return out;
        });
    }

    /** A coding reduced to document, span and code: two with the same are one segment. */
    private static Coding segment(Coding c) {
        return new Coding(c.doc(), c.start(), c.end(), c.code(), null, null, null, null);
    }

    private static void stage(Project p, Changes ch, String editor, String label, Codebook next, String from, String to) {
        ch.codebook(next);
        if (from != null) {
            // every file of every kind that names codes follows, the coders' codings among them
            p.stageRepath(ch, from, to);
            refuseClashes(p, ch, next, label, to);
        }
        Change change = Change.codebook(new String(p.codebook().toYaml(), StandardCharsets.UTF_8),
                new String(next.toYaml(), StandardCharsets.UTF_8), from, to);
        History.record(p, ch, editor, label, List.of(change));
    }

    /** A code moved into an exclusive group becomes an alternative: refuse when that makes any coder's codings clash. */
    private static void refuseClashes(Project p, Changes ch, Codebook next, String label, String to) {
        ExclusiveGroups before = ExclusiveGroups.of(p.codebook()), after = ExclusiveGroups.of(next);
        for (String coder : p.coders()) {
            CoderFile moved = ch.staged(FileKinds.CODERS, coder).orElse(p.coder(coder));
            List<ExclusiveGroups.Clash> clashes = after.in(moved.codings());
            if (clashes.size() > before.in(p.coder(coder).codings()).size()) {
                throw new ThemaException(label + (label.contains(" into ") ? "" : " to " + to) + " would break an exclusive group in "
                        + coder + "'s codings: " + clashes.get(0).describe());
            }
        }
    }
}
