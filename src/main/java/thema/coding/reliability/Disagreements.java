package thema.coding.reliability;

import thema.coding.Decision;
import thema.coding.Decisions;
import thema.project.Codebook;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Turn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every disagreement between two coders, in reading order (documents in import order,
 * turns in order), on the documents both marked done: the list a debriefing walks through,
 * with the decision recorded for each so far. A turn is a disagreement when the sets of
 * codes the two coders applied on it differ (optionally only codes under one code).
 */
public final class Disagreements {
    private final List<String> coders;
    private final List<Disagreement> list;
    private final Decisions decisions;
    private final Map<String, Integer> docOrder = new HashMap<>();

    private Disagreements(List<String> coders, List<Disagreement> list, Decisions decisions, Project p) {
        this.coders = coders;
        this.list = List.copyOf(list);
        this.decisions = decisions;
        int i = 0;
        for (Document d : p.documents()) docOrder.put(d.id(), i++);
    }

    /**
     * The disagreements of {@code first} and {@code second}; {@code doc} (nullable) limits them to
     * one document, {@code code} (nullable) to that code and its descendants.
     */
    public static Disagreements of(Project p, String first, String second, String doc, String code) {
        List<String> coders = List.of(first, second);
        if (first.equals(second)) throw new ThemaException("compare two different coders, not '" + first + "' with itself");
        for (String c : coders) {
            if (!p.hasCoder(c)) throw new ThemaException("coder '" + c + "' has no codings file (" + p.dir().resolve("codings").resolve(c + ".yaml") + ")");
        }
        String scope = code == null ? null : p.codebook().resolve(code);
        CoderFile a = p.coder(first), b = p.coder(second);
        List<Document> docs = new ArrayList<>();
        if (doc != null) {
            Document d = p.document(doc);
            if (!a.isDone(d.id()) || !b.isDone(d.id())) {
                throw new ThemaException("document '" + d.id() + "' is not marked done by both " + first + " and " + second);
            }
            docs.add(d);
        } else {
            for (Document d : p.documents()) if (a.isDone(d.id()) && b.isDone(d.id())) docs.add(d);
        }
        Map<String, List<Coding>> aByDoc = byDocument(a.codings(), scope), bByDoc = byDocument(b.codings(), scope);
        List<Disagreement> out = new ArrayList<>();
        for (Document d : docs) out.addAll(inDocument(d, aByDoc.getOrDefault(d.id(), List.of()), bByDoc.getOrDefault(d.id(), List.of())));
        Decisions dec = Decisions.exists(p) ? Decisions.load(p, null) : Decisions.empty(coders);
        if (!dec.coders().equals(coders)) dec = Decisions.empty(coders);
        return new Disagreements(coders, out, dec, p);
    }

    static Map<String, List<Coding>> byDocument(List<Coding> codings, String scope) {
        Map<String, List<Coding>> out = new LinkedHashMap<>();
        for (Coding c : codings) {
            if (scope == null || Codebook.isSelfOrDescendant(c.code(), scope)) out.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** Each turn's overlapping codings of one coder, by turn number. */
    static Map<Integer, List<Coding>> byTurn(Document d, List<Coding> codings) {
        Map<Integer, List<Coding>> out = new HashMap<>();
        for (Coding c : codings) {
            Turn t = d.turnAt(c.start());
            if (t == null) continue;
            for (int n = t.n(); n <= d.turns().size(); n++) {
                Turn x = d.turn(n);
                if (x.start() >= c.end()) break;
                if (x.end() > c.start()) out.computeIfAbsent(n, k -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    static List<Disagreement> inDocument(Document d, List<Coding> a, List<Coding> b) {
        List<Disagreement> out = new ArrayList<>();
        for (TurnComparison c : turns(d, a, b)) {
            if (c.agrees()) continue;
            Turn t = c.turn();
            out.add(new Disagreement(d.id(), t, d.text().substring(t.body(), t.end()), c.first(), c.second()));
        }
        return out;
    }

    static List<TurnComparison> turns(Document d, List<Coding> a, List<Coding> b) {
        Map<Integer, List<Coding>> at = byTurn(d, a), bt = byTurn(d, b);
        List<TurnComparison> out = new ArrayList<>();
        for (Turn t : d.turns()) out.add(new TurnComparison(t, at.getOrDefault(t.n(), List.of()), bt.getOrDefault(t.n(), List.of())));
        return out;
    }

    /**
     * Every turn of {@code doc} with both coders' codings on it (optionally only codes under
     * {@code code}): the side-by-side margin of a compare view. Blind rules are the caller's:
     * use {@link Blind} before showing another coder's work.
     */
    public static List<TurnComparison> sideBySide(Project p, String first, String second, String doc, String code) {
        String scope = code == null ? null : p.codebook().resolve(code);
        Document d = p.document(doc);
        return turns(d, byDocument(p.coder(first).codings(), scope).getOrDefault(d.id(), List.of()),
                byDocument(p.coder(second).codings(), scope).getOrDefault(d.id(), List.of()));
    }

    public List<String> coders() {
        return coders;
    }

    public List<Disagreement> all() {
        return list;
    }

    public int size() {
        return list.size();
    }

    public Disagreement get(int i) {
        return list.get(i);
    }

    public List<Disagreement> inDocument(String doc) {
        return list.stream().filter(d -> d.doc().equals(doc)).toList();
    }

    /** The decision recorded on this disagreement's turn, if any. */
    public Optional<Decision> decision(Disagreement d) {
        return decisions.find(d.doc(), d.turn().n());
    }

    public long undecided() {
        return list.stream().filter(d -> decision(d).isEmpty()).count();
    }

    /** The first disagreement after code point {@code offset} of {@code doc} in reading order. */
    public Optional<Disagreement> next(String doc, int offset) {
        for (Disagreement d : list) if (compare(d, doc, offset) > 0) return Optional.of(d);
        return Optional.empty();
    }

    /** The last disagreement before code point {@code offset} of {@code doc} in reading order. */
    public Optional<Disagreement> previous(String doc, int offset) {
        for (int i = list.size() - 1; i >= 0; i--) if (compare(list.get(i), doc, offset) < 0) return Optional.of(list.get(i));
        return Optional.empty();
    }

    /** Where a disagreement lies relative to a reading position: after (1), before (-1), or on its turn (0). */
    private int compare(Disagreement d, String doc, int offset) {
        int byDoc = Integer.compare(docOrder.getOrDefault(d.doc(), -1), docOrder.getOrDefault(doc, -1));
        if (byDoc != 0) return byDoc;
        if (d.turn().start() > offset) return 1;
        if (d.turn().end() <= offset) return -1;
        return 0;
    }
}
