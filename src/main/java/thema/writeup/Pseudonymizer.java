package thema.writeup;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import thema.coding.History;
import thema.project.AtomicFiles;
import thema.project.Changes;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Document;
import thema.project.DocumentMeta;
import thema.project.Parallel;
import thema.project.Project;
import thema.project.ProjectConfig;
import thema.project.ThemaException;
import thema.project.Turn;
import thema.project.FileKind;
import thema.project.Yaml;

/**
 * Replaces names, whole words only and case as given, longest name first, in every transcript
 * and everywhere else the project holds free text (speaker labels, sources, attribute values,
 * coding memos, and the files of {@link FreeTextFiles}), and moves every offset that points into
 * a changed document (turns, every coder's codings) so it covers the same words: a coding that
 * covers a replaced name grows or shrinks with it, one that starts or ends inside a name is
 * widened to the whole replacement. Everything and the record are saved in one atomic step. Undo
 * histories are cleared (their offsets belong to the old texts), the derived data that held the
 * old texts is dropped; the record keeps counts and times, never the names.
 */
public final class Pseudonymizer {
    /** One replacement in a document: chars [start, end) of the old text. */
    public record Edit(String doc, int start, int end, String original, String replacement) {
    }

    public static final String RECORD = "pseudonymisation.yaml";
    /** The kind of the record: counts and times of each run, no code paths. */
    public static final FileKind<Record> RECORD_KIND = FileKind.source("pseudonymisation record", RECORD, Record.class);

    @JsonPropertyOrder({"runs"})
    public record Record(List<Run> runs) {
    }

    /** One run: when, how many names were mapped, names replaced per document and per other file (never the names). */
    @JsonPropertyOrder({"time", "names", "replacements", "files"})
    public record Run(String time, int names, Map<String, Integer> replacements,
                      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY) Map<String, Integer> files) {
    }

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    /** Bits set by the hash codes of the names' first words: most words of a text miss it and are never looked up. */
    private final long[] firstWords = new long[1 << 10];
    private final int names;

    /** {@code map}: original -> replacement, in the order given. */
    /** What makes a map of original,replacement names unusable ("name '-x' must start with a letter or digit"), or empty. */
    public static Optional<String> problem(Map<String, String> map) {
        for (String o : map.keySet()) if (wordEnd(o, 0) == 0) return Optional.of("name '" + o + "' must start with a letter or digit");
        return Optional.empty();
    }

    /** The replacer of {@code map}'s names; a map with a {@link #problem} is refused. */
    public Pseudonymizer(Map<String, String> map) {
        problem(map).ifPresent(m -> {
            throw new ThemaException(m);
        });
        names = map.size();
        List<Map.Entry<String, String>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        for (var e : entries) {
            String o = e.getKey();
            int w = wordEnd(o, 0);
            String first = o.substring(0, w);
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new String[]{o, e.getValue()});
            firstWords[bit(first.hashCode()) >>> 6] |= 1L << bit(first.hashCode());
        }
    }

    private static int bit(int hash) {
        return (hash ^ (hash >>> 16)) & 0xFFFF;
    }

    /** Word characters of the Basic Multilingual Plane, looked up once: the scan asks for every character. */
    private static final boolean[] BMP_WORD = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) BMP_WORD[c] = wordCodePoint(c);
    }

    private static boolean wordCodePoint(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK || cp == '_';
    }

    private static boolean isWordChar(int cp) {
        return cp <= Character.MAX_VALUE ? BMP_WORD[cp] : wordCodePoint(cp);
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Every whole-word occurrence, left to right, not overlapping, longest name first at each place. */
    public List<Edit> find(String doc, String text) {
        List<Edit> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // the word's end and its String.hashCode in one pass
            int we = i, h = 0;
            while (we < n) {
                char c = text.charAt(we);
                int len = 1;
                if (Character.isHighSurrogate(c) && we + 1 < n && Character.isLowSurrogate(text.charAt(we + 1))) {
                    if (!isWordChar(Character.toCodePoint(c, text.charAt(we + 1)))) break;
                    h = 31 * h + c;
                    c = text.charAt(we + 1);
                    len = 2;
                } else if (!BMP_WORD[c]) {
                    break;
                }
                h = 31 * h + c;
                we += len;
            }
            int b = bit(h);
            List<String[]> candidates = (firstWords[b >>> 6] & (1L << b)) == 0 ? null : byFirstWord.get(text.substring(i, we));
            boolean atStart = i == 0 || !isWordChar(text.codePointBefore(i));
            String[] hit = null;
            if (candidates != null && atStart) {
                for (String[] c : candidates) {
                    int end = i + c[0].length();
                    if (text.startsWith(c[0], i) && (end == n || !isWordChar(text.codePointAt(end)))) {
                        hit = c;
                        break;
                    }
                }
            }
            if (hit != null) {
                out.add(new Edit(doc, i, i + hit[0].length(), hit[0], hit[1]));
                i += hit[0].length();
            } else {
                i = we;
            }
        }
        return out;
    }

    /** The text with the edits applied. */
    static String apply(String text, List<Edit> edits) {
        StringBuilder b = new StringBuilder(text.length());
        int at = 0;
        for (Edit e : edits) {
            b.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return b.append(text, at, text.length()).toString();
    }

    /** Maps code-point offsets of the old text to the new one. */
    static final class OffsetMap {
        private final int[] oldStart, oldEnd, newStart, newEnd;

        OffsetMap(String text, List<Edit> edits) {
            int k = edits.size();
            oldStart = new int[k];
            oldEnd = new int[k];
            newStart = new int[k];
            newEnd = new int[k];
            int shift = 0, lastChar = 0, lastCp = 0;
            for (int j = 0; j < k; j++) {
                Edit e = edits.get(j);
                lastCp += text.codePointCount(lastChar, e.start());
                oldStart[j] = lastCp;
                oldEnd[j] = lastCp + text.codePointCount(e.start(), e.end());
                newStart[j] = oldStart[j] + shift;
                int repl = e.replacement().codePointCount(0, e.replacement().length());
                newEnd[j] = newStart[j] + repl;
                shift += repl - (oldEnd[j] - oldStart[j]);
                lastChar = e.end();
                lastCp = oldEnd[j];
            }
        }

        /** A start offset: inside a replaced name it moves to the start of the replacement. */
        int start(int p) {
            int j = last(p);
            if (j < 0) return p;
            if (p < oldEnd[j]) return newStart[j];
            return newEnd[j] + (p - oldEnd[j]);
        }

        /** An end offset: inside a replaced name it moves to the end of the replacement. */
        int end(int p) {
            int j = last(p - 1);
            if (j < 0) return p;
            if (p <= oldEnd[j]) return newEnd[j];
            return newEnd[j] + (p - oldEnd[j]);
        }

        /** The last edit that starts at or before {@code p}, or -1. */
        private int last(int p) {
            int lo = 0, hi = oldStart.length - 1, ans = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (oldStart[mid] <= p) {
                    ans = mid;
                    lo = mid + 1;
                } else hi = mid - 1;
            }
            return ans;
        }
    }

    /** Every replacement in the project's transcripts, document by document (nothing is changed). */
    public List<Edit> plan(Project p) {
        List<Edit> all = new ArrayList<>();
        for (Document d : p.documents()) all.addAll(find(d.id(), d.text().string()));
        return all;
    }

    /** {@code s} with every name replaced; null stays null. */
    public String replace(String s) {
        if (s == null) return null;
        List<Edit> edits = find("", s);
        return edits.isEmpty() ? s : apply(s, edits);
    }

    /**
     * What a pseudonymisation did: names replaced per document (text, speaker labels, source file
     * name, attribute values) and per other file (memos on codings in codings/CODER.yaml, memos and
     * the journal, themes, decision notes, code definitions, thema.yaml's name and citation); and the
     * project files where an original still stands outside free text (a document id, a code or coder
     * name), for the researcher to rename by hand.
     */
    public record Result(Map<String, Integer> documents, Map<String, Integer> files, Map<String, List<String>> remaining) {
        public int total() {
            return documents.values().stream().mapToInt(Integer::intValue).sum() + files.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** What {@link #run} would replace, without changing anything (its {@code remaining} is empty). */
    public Result preview(Project p) {
        return stage(p, new Changes(), "");
    }

    /**
     * Replaces the names everywhere the project holds text and moves every offset, in one atomic
     * step. The derived data that held the old texts is dropped: the search index (its deleted
     * entries would keep the words) and the cache of parsed files; every undo history is cleared.
     */
    public Result run(Project p, String now) {
        dropDerived(p);
        Result r = p.write(ch -> stage(p, ch, now));
        // again after the save: a reader may have cached the old files while this one ran
        dropDerived(p);
        return new Result(r.documents(), r.files(), remaining(p));
    }

    private Result stage(Project p, Changes ch, String now) {
        // find and apply in parallel (documents are independent), then stage in import order
        record Changed(Document d, List<Edit> edits, String next, String sha256, OffsetMap map) {
        }
        List<Changed> changed = Parallel.map(new ArrayList<>(p.documents()), Parallel.cores(), d -> {
            String text = d.text().string();
            List<Edit> edits = find(d.id(), text);
            if (edits.isEmpty()) return new Changed(d, edits, null, null, null);
            String next = apply(text, edits);
            return new Changed(d, edits, next, Document.sha256(next.getBytes(StandardCharsets.UTF_8)), new OffsetMap(text, edits));
        });
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, OffsetMap> maps = new HashMap<>();
        for (Changed c : changed) {
            Document d = c.d();
            DocumentMeta m = d.meta().copy();
            OffsetMap map = c.map();
            if (map != null) {
                maps.put(d.id(), map);
                m.sha256 = c.sha256();
                m.length = c.next().codePointCount(0, c.next().length());
            }
            List<Turn> turns = new ArrayList<>();
            for (Turn t : m.turns) {
                String speaker = replace(t.speaker());
                turns.add(map == null ? new Turn(t.n(), speaker, t.start(), t.body(), t.end(), t.from(), t.until())
                        : new Turn(t.n(), speaker, map.start(t.start()), map.start(t.body()), map.end(t.end()), t.from(), t.until()));
            }
            boolean labels = !turns.equals(m.turns);
            m.turns = turns;
            // the source file name and attribute values may name a participant too
            int n = c.edits().size();
            List<Edit> inSource = m.source == null ? List.of() : find("", m.source);
            if (!inSource.isEmpty()) m.source = apply(m.source, inSource);
            n += inSource.size();
            for (var a : m.attributes.entrySet()) {
                List<Edit> edits = find("", a.getValue());
                if (!edits.isEmpty()) a.setValue(apply(a.getValue(), edits));
                n += edits.size();
            }
            if (n == 0 && !labels) continue;
            counts.put(d.id(), n);
            ch.document(m, c.next());
        }
        Map<String, Integer> files = new LinkedHashMap<>();
        for (String coder : p.coders()) {
            List<Coding> moved = new ArrayList<>();
            int memos = 0;
            for (Coding c : p.coder(coder).codings()) {
                OffsetMap map = maps.get(c.doc());
                Coding next = map == null ? c : c.withSpan(map.start(c.start()), map.end(c.end()));
                if (c.memo() != null) {
                    List<Edit> edits = find("", c.memo());
                    if (!edits.isEmpty()) next = next.withMemo(apply(c.memo(), edits));
                    memos += edits.size();
                }
                moved.add(next);
            }
            if (memos > 0) files.put(Project.CODINGS + "/" + coder + ".yaml", memos);
            if (memos > 0 || !maps.isEmpty()) ch.coder(p.coder(coder).withCodings(moved));
        }
        for (var f : FreeTextFiles.of(p).entrySet()) {
            Path file = p.dir().resolve(f.getKey());
            FreeTextFiles.Rewrite r = FreeTextFiles.rewrite(file, Yaml.bytes(file), f.getValue(), this);
            if (r == null) continue;
            // the typed codebook and config keep the project's state in step; the file's own bytes are what is saved
            if (f.getKey().equals(Project.CODEBOOK)) ch.codebook(Codebook.parse(file.toString(), r.bytes()));
            if (f.getKey().equals(Project.CONFIG)) ch.config(Yaml.parse(file.toString(), r.bytes(), ProjectConfig.class));
            ch.file(f.getKey(), r.bytes());
            files.put(f.getKey(), r.replacements());
        }
        Result result = new Result(counts, files, Map.of());
        if (counts.isEmpty() && files.isEmpty()) return result;
        // every undo history, a coder's or an editor's: their offsets and codebook copies belong to the old texts
        Path histories = p.dir().resolve(Project.DERIVED).resolve("history");
        if (Files.isDirectory(histories)) {
            try (var s = Files.list(histories)) {
                for (Path h : s.filter(f -> f.getFileName().toString().matches(".+\\.(log|yaml)")).sorted().toList()) {
                    History.clear(p, ch, h.getFileName().toString().replaceFirst("\\.(log|yaml)$", ""));
                }
            } catch (java.io.IOException e) {
                throw new ThemaException(histories + ": cannot list (" + e.getMessage() + ")");
            }
        }
        List<Run> runs = new ArrayList<>();
        Record before = p.read(RECORD_KIND);
        if (before != null) runs.addAll(before.runs());
        runs.add(new Run(now, names, counts, files));
        ch.put(RECORD_KIND, new Record(runs));
        return result;
    }

    /** The search index and the parsed-file cache: derived, rebuilt from the new files on next use. */
    private static void dropDerived(Project p) {
        for (String dir : List.of("index", "cache")) AtomicFiles.deleteTree(p.dir().resolve(Project.DERIVED).resolve(dir));
    }

    /** Project files (YAML) where a whole-word original still stands, with the originals found. */
    private Map<String, List<String>> remaining(Project p) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        try (var s = Files.walk(p.dir())) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = p.dir().relativize(f).toString().replace('\\', '/');
                if (rel.startsWith(Project.DERIVED + "/") || rel.equals(RECORD) || !(rel.endsWith(".yaml") || rel.endsWith(".yml"))) continue;
                List<String> found = find(rel, new String(Yaml.bytes(f), StandardCharsets.UTF_8)).stream().map(Edit::original).distinct().toList();
                if (!found.isEmpty()) out.put(rel, found);
            }
        } catch (java.io.IOException e) {
            throw new ThemaException(p.dir() + ": cannot list (" + e.getMessage() + ")");
        }
        return out;
    }
}
