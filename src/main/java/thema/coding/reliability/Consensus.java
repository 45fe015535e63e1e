package thema.coding.reliability;

import thema.coding.Choice;
import thema.coding.Codings;
import thema.coding.Decision;
import thema.coding.Decisions;
import thema.coding.ExclusiveGroups;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Turn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@code consensus} coder (codings/consensus.yaml) from two coders and the
 * decisions of their debriefing. On every decision, each document both coders marked done
 * is first seeded once with the turns they agree on (the first coder's codings, cut to the
 * turn); the decided turn then gets the chosen codings. A document is marked done for the
 * consensus coder once every disagreement on it is decided. Decision and codings are saved
 * in one atomic step.
 */
public final class Consensus {
    /** The coder counts use by default (see thema.analysis.CountedCoding). */
    public static final String CODER = "consensus";

    private Consensus() {
    }

    /** Records a decision on turn {@code turn} of {@code doc}; {@code code} only with {@link Choice#CODE}. */
    public static Decision decide(Project p, String first, String second, String doc, int turn, Choice choice, String code, String note) {
        if (first.equals(CODER) || second.equals(CODER)) throw new ThemaException("the consensus is built from two coders other than '" + CODER + "'");
        if (first.equals(second)) throw new ThemaException("a consensus needs two different coders, not '" + first + "' twice");
        if (choice.takesCode() != (code != null)) throw new IllegalArgumentException("a code goes with decisions 'code' and 'replace' only");
        return p.write(ch -> {
            List<String> coders = List.of(first, second);
            for (String c : coders) {
                if (!p.hasCoder(c)) throw new ThemaException("coder '" + c + "' has no codings file (" + p.dir().resolve("codings").resolve(c + ".yaml") + ")");
            }
            Decisions decisions = Decisions.load(p, coders);
            CoderFile a = p.coder(first), b = p.coder(second);
            Document d = p.document(doc);
            if (!a.isDone(d.id()) || !b.isDone(d.id())) {
                throw new ThemaException("document '" + d.id() + "' is not marked done by both " + first + " and " + second + "; decide once both have finished it");
            }
            Turn t = d.turn(turn);
            String exact = code == null ? null : p.codebook().resolve(code);
            Map<String, List<Coding>> aByDoc = Disagreements.byDocument(a.codings(), null), bByDoc = Disagreements.byDocument(b.codings(), null);
            Map<Integer, List<Coding>> at = Disagreements.byTurn(d, onDoc(aByDoc, d.id())), bt = Disagreements.byTurn(d, onDoc(bByDoc, d.id()));
            List<Coding> x = at.getOrDefault(turn, List.of()), y = bt.getOrDefault(turn, List.of());
            if (Disagreement.codes(x).equals(Disagreement.codes(y))) {
                throw new ThemaException("'" + d.id() + "' turn " + turn + " is no disagreement: " + first + " and " + second + " applied the same codes there ("
                        + (x.isEmpty() ? "none" : String.join(", ", Disagreement.codes(x))) + "), so there is nothing to decide");
            }
            Decision decision = new Decision(d.id(), turn, choice, exact, note == null || note.isBlank() ? null : note.strip(),
                    new ArrayList<>(Disagreement.codes(x)), new ArrayList<>(Disagreement.codes(y)), Coding.now());
            decisions = decisions.with(decision);

            Segments consensus = new Segments(p.coder(CODER).codings());
            Set<String> done = new LinkedHashSet<>(p.coder(CODER).done());
            // seed every document both have finished, once: the turns they agree on
            List<String> seeded = new ArrayList<>(decisions.seeded());
            for (Document other : p.documents()) {
                if (!a.isDone(other.id()) || !b.isDone(other.id()) || seeded.contains(other.id())) continue;
                Map<Integer, List<Coding>> oa = Disagreements.byTurn(other, onDoc(aByDoc, other.id()));
                Map<Integer, List<Coding>> ob = Disagreements.byTurn(other, onDoc(bByDoc, other.id()));
                for (Turn ot : other.turns()) {
                    List<Coding> ca = oa.getOrDefault(ot.n(), List.of());
                    if (Disagreement.codes(ca).equals(Disagreement.codes(ob.getOrDefault(ot.n(), List.of())))) {
                        for (Coding c : ca) consensus.addCut(c, ot);
                    }
                }
                seeded.add(other.id());
            }
            decisions = decisions.withSeeded(seeded);

            // the decided turn: drop what the consensus had there, then add the chosen codings
            Segments kept = new Segments(List.of());
            for (Coding c : consensus.list) {
                if (!c.overlaps(d.id(), t.start(), t.end())) {
                    kept.add(c);
                    continue;
                }
                if (c.start() < t.start()) kept.add(c.withSpan(c.start(), t.start()));
                if (c.end() > t.end()) kept.add(c.withSpan(t.end(), c.end()));
            }
            switch (choice) {
                case A -> x.forEach(c -> kept.addCut(c, t));
                case B -> y.forEach(c -> kept.addCut(c, t));
                case BOTH -> {
                    x.forEach(c -> kept.addCut(c, t));
                    y.forEach(c -> kept.addCut(c, t));
                }
                case NEITHER -> {
                }
                case CODE, REPLACE -> {
                    // a new code joins what both coders agreed on; REPLACE drops that too
                    if (choice == Choice.CODE) {
                        Set<String> agreed = Disagreement.codes(y);
                        x.stream().filter(c -> agreed.contains(c.code())).forEach(c -> kept.addCut(c, t));
                    }
                    int[] span = Codings.turnSpan(d, turn);
                    kept.add(new Coding(d.id(), span[0], span[1], exact, CODER, Coding.now()));
                }
            }
            refuseClashes(p, d, t, choice, kept.list);
            // a seeded document is done for the consensus once each of its disagreements is decided
            for (String s : seeded) {
                Document sd = p.document(s);
                boolean open = false;
                for (Disagreement dis : Disagreements.inDocument(sd, onDoc(aByDoc, s), onDoc(bByDoc, s))) {
                    if (decisions.find(s, dis.turn().n()).isEmpty()) open = true;
                }
                if (!open) done.add(s);
                else done.remove(s);
            }
            ch.coder(new CoderFile(CODER, new ArrayList<>(done), kept.list));
            ch.put(Decisions.KIND, decisions);
            return decision;
        });
    }

    /** The consensus is a coding like any other: two alternatives of an exclusive group never share a turn's text. */
    private static void refuseClashes(Project p, Document d, Turn t, Choice choice, List<Coding> consensus) {
        List<Coding> onTurn = consensus.stream().filter(c -> c.overlaps(d.id(), t.start(), t.end())).toList();
        List<ExclusiveGroups.Clash> clashes = ExclusiveGroups.of(p.codebook()).in(onTurn);
        if (clashes.isEmpty()) return;
        ExclusiveGroups.Clash x = clashes.get(0);
        throw new ThemaException("deciding '" + choice.label() + "' would put " + x.first().code() + " and " + x.second().code() + " on '" + d.id()
                + "' turn " + t.n() + ", but '" + x.group() + "' is exclusive (its codes are alternatives): "
                + (choice == Choice.CODE ? "replace the codes with the new one instead" : "accept one coder, or a new code"));
    }

    /** The decision recorded on a turn, if any. */
    public static Optional<Decision> decisionOn(Project p, String doc, int turn) {
        return Decisions.exists(p) ? Decisions.load(p, null).find(doc, turn) : Optional.empty();
    }

    private static List<Coding> onDoc(Map<String, List<Coding>> byDoc, String doc) {
        return byDoc.getOrDefault(doc, List.of());
    }

    /** The consensus codings being built, with their segments indexed so adding stays linear. */
    private static final class Segments {
        final List<Coding> list = new ArrayList<>();
        final Set<String> keys = new java.util.HashSet<>();

        Segments(List<Coding> initial) {
            initial.forEach(this::add);
        }

        void add(Coding c) {
            if (keys.add(c.doc() + '\u0000' + c.start() + '\u0000' + c.end() + '\u0000' + c.code())) list.add(c);
        }

        /** Adds {@code c} cut to turn {@code t}, unless the consensus already has that segment. */
        void addCut(Coding c, Turn t) {
            int s = Math.max(c.start(), t.start()), e = Math.min(c.end(), t.end());
            if (s < e) add(c.withSpan(s, e));
        }
    }
}
