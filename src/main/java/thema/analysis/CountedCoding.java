package thema.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import thema.coding.Decisions;
import thema.coding.reliability.Consensus;
import thema.coding.reliability.Disagreement;
import thema.coding.reliability.Disagreements;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;

/**
 * The codings a count, a quote list, the thematic map or saturation uses: per document, the
 * codings of one source. By default that is the project's final coding: the consensus where
 * two coders marked the document done and every disagreement on it was decided; else the one
 * coder who coded it (done or in progress); a document two coders coded that is not fully
 * decided is not counted. {@code --coder NAME} counts that coder's documents. A document is
 * coded by a coder who has codings on it or marked it done. Documents that are not counted
 * are left out of the denominators as well ("k of n" counts only counted documents).
 */
public final class CountedCoding {
    /** A counted document: whose codings count on it ({@code coder}), how it is described, and whether it is marked done. */
    public record Source(String doc, String coder, String label, boolean done) {
    }

    /** A document that is not counted, and why. */
    public record Left(String doc, String reason) {
    }

    private final Map<String, Source> sources;
    private final List<Left> left;
    private final List<Coding> codings;
    private final List<String> order;

    private CountedCoding(Project p, Map<String, Source> sources, List<Left> left) {
        this.sources = sources;
        this.left = List.copyOf(left);
        this.order = p.documents().stream().map(Document::id).toList();
        Map<String, Map<String, List<Coding>>> byCoder = new HashMap<>();
        List<Coding> all = new ArrayList<>();
        for (Source s : sources.values()) {
            all.addAll(byCoder.computeIfAbsent(s.coder(), c -> byDocument(p.coder(c))).getOrDefault(s.doc(), List.of()));
        }
        all.sort(Coding.ORDER);
        this.codings = List.copyOf(all);
    }

    /** {@code --coder NAME} (which must have a codings file), else the project's final coding. */
    public static CountedCoding choose(Project p, String coder) {
        if (coder == null) return finalCoding(p);
        if (!p.hasCoder(coder)) {
            throw new ThemaException("no codings by coder '" + coder + "' in " + p.dir()
                    + (p.coders().isEmpty() ? " (nobody has coded yet)" : " (coders: " + String.join(", ", p.coders()) + ")"));
        }
        return ofCoder(p, coder);
    }

    /** One coder's codings on the documents they coded (none for a coder without a file). */
    public static CountedCoding ofCoder(Project p, String coder) {
        CoderFile f = p.coder(coder);
        Set<String> coded = coded(f);
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Left> left = new ArrayList<>();
        for (Document d : p.documents()) {
            if (coded.contains(d.id())) sources.put(d.id(), new Source(d.id(), coder, coder, f.isDone(d.id())));
            else left.add(new Left(d.id(), "not coded by " + coder));
        }
        return new CountedCoding(p, sources, left);
    }

    /** The project's final coding, document by document (see the class comment). */
    public static CountedCoding finalCoding(Project p) {
        Decisions decisions = Decisions.exists(p) ? Decisions.load(p, null) : null;
        Map<String, Set<String>> codersOf = new HashMap<>();
        for (String c : p.coders()) {
            // the consensus coder counts through its decisions; without them (an imported file) it is a coder like any other
            if (c.equals(Consensus.CODER) && decisions != null) continue;
            for (String doc : coded(p.coder(c))) codersOf.computeIfAbsent(doc, k -> new TreeSet<>()).add(c);
        }
        Map<List<String>, Map<String, Long>> undecided = new HashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Left> left = new ArrayList<>();
        for (Document d : p.documents()) {
            String doc = d.id();
            List<String> coders = new ArrayList<>(codersOf.getOrDefault(doc, Set.of()));
            if (coders.isEmpty()) {
                left.add(new Left(doc, "not coded"));
                continue;
            }
            if (coders.size() == 1) {
                String c = coders.get(0);
                sources.put(doc, new Source(doc, c, c, p.coder(c).isDone(doc)));
                continue;
            }
            String names = String.join(", ", coders);
            List<String> pair = decisions != null && coders.containsAll(decisions.coders()) ? decisions.coders()
                    : coders.size() == 2 ? coders : null;
            if (pair == null) {
                left.add(new Left(doc, names + ": no consensus"));
                continue;
            }
            List<String> unfinished = pair.stream().filter(c -> !p.coder(c).isDone(doc)).toList();
            if (!unfinished.isEmpty()) {
                left.add(new Left(doc, names + ": " + (unfinished.size() == pair.size() ? "both" : String.join(", ", unfinished)) + " in progress"));
                continue;
            }
            long open = undecided.computeIfAbsent(pair, k -> undecidedByDocument(p, k)).getOrDefault(doc, 0L);
            if (open > 0) {
                left.add(new Left(doc, names + ": " + open + " undecided"));
            } else if (decisions != null && pair.equals(decisions.coders()) && decisions.seeded().contains(doc)) {
                sources.put(doc, new Source(doc, Consensus.CODER, Consensus.CODER, true));
            } else {
                // both finished and never disagreed: the consensus would be the first coder's coding
                sources.put(doc, new Source(doc, pair.get(0), pair.get(0) + " (" + pair.get(1) + " agrees)", true));
            }
        }
        return new CountedCoding(p, sources, left);
    }

    /** Undecided disagreements of a pair, per document both marked done. */
    private static Map<String, Long> undecidedByDocument(Project p, List<String> pair) {
        Disagreements all = Disagreements.of(p, pair.get(0), pair.get(1), null, null);
        Map<String, Long> out = new HashMap<>();
        for (Disagreement d : all.all()) if (all.decision(d).isEmpty()) out.merge(d.doc(), 1L, Long::sum);
        return out;
    }

    private static Set<String> coded(CoderFile f) {
        Set<String> out = new TreeSet<>(f.done());
        for (Coding c : f.codings()) out.add(c.doc());
        return out;
    }

    private static Map<String, List<Coding>> byDocument(CoderFile f) {
        Map<String, List<Coding>> out = new HashMap<>();
        for (Coding c : f.codings()) out.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c);
        return out;
    }

    /** The counted codings, in (document, start) order. */
    public List<Coding> codings() {
        return codings;
    }

    public boolean counts(String doc) {
        return sources.containsKey(doc);
    }

    /** Counted documents in project order, each with its source. */
    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    /** Whose codings count on {@code doc} (a coder's name or {@value Consensus#CODER}). */
    public String coderOf(String doc) {
        Source s = sources.get(doc);
        if (s == null) throw new IllegalArgumentException("document not counted: " + doc);
        return s.coder();
    }

    public List<Left> notCounted() {
        return left;
    }

    /** How many of {@code docs} are counted: the n of "k of n". */
    public int countedAmong(Set<String> docs) {
        int n = 0;
        for (String d : docs) if (sources.containsKey(d)) n++;
        return n;
    }

    /**
     * One line saying what was counted, e.g. {@code counted: consensus on t01, t02; els on
     * t03-t06 (in progress: t05); not counted: t07 (els, jan: 3 undecided), t08-t16 (not coded)}.
     */
    public String describe() {
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        List<String> inProgress = new ArrayList<>();
        for (Source s : sources.values()) {
            byLabel.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(s.doc());
            if (!s.done()) inProgress.add(s.doc());
        }
        List<String> parts = new ArrayList<>();
        byLabel.forEach((label, docs) -> {
            List<String> open = docs.stream().filter(inProgress::contains).toList();
            parts.add(label + " on " + ranges(docs) + (open.isEmpty() ? "" : " (in progress: " + ranges(open) + ")"));
        });
        StringBuilder b = new StringBuilder("counted: ").append(parts.isEmpty() ? "no document" : String.join("; ", parts));
        if (!left.isEmpty()) {
            Map<String, List<String>> byReason = new LinkedHashMap<>();
            for (Left l : left) byReason.computeIfAbsent(l.reason(), k -> new ArrayList<>()).add(l.doc());
            List<String> out = new ArrayList<>();
            // "t01-t06 (anna, ben: 1 undecided each)": a count in a shared reason is per document
            byReason.forEach((reason, docs) -> out.add(ranges(docs) + " (" + reason
                    + (docs.size() > 1 && reason.matches(".*\\d+ undecided") ? " each" : "") + ")"));
            b.append("; not counted: ").append(String.join(", ", out));
        }
        return b.toString();
    }

    /** The same as {@link #describe()} for JSON: the line, and every document with its source or reason. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", describe());
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Source s : sources.values()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("doc", s.doc());
            x.put("coding", s.coder());
            x.put("done", s.done());
            docs.add(x);
        }
        m.put("documents", docs);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Left l : left) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("doc", l.doc());
            x.put("reason", l.reason());
            out.add(x);
        }
        m.put("not_counted", out);
        return m;
    }

    /** Document ids with runs of three or more consecutive documents (in project order) written first-last. */
    String ranges(List<String> docs) {
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < order.size(); i++) pos.put(order.get(i), i);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < docs.size()) {
            int j = i;
            while (j + 1 < docs.size() && pos.get(docs.get(j + 1)) == pos.get(docs.get(j)) + 1) j++;
            if (j - i >= 2) out.add(docs.get(i) + "-" + docs.get(j));
            else for (int k = i; k <= j; k++) out.add(docs.get(k));
            i = j + 1;
        }
        return String.join(", ", out);
    }
}
