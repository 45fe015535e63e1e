package thema.coding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import thema.project.FileKind;
import thema.project.Codebook;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * reliability/decisions.yaml: the consensus decisions of a debriefing. {@code coders} are
 * the two coders the consensus coder is built from; {@code seeded} the documents whose
 * agreed codings have been copied to the consensus coder; {@code decisions} one per turn.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"coders", "seeded", "decisions"})
public record Decisions(List<String> coders, List<String> seeded, List<Decision> decisions) {
    public static final String FILE = "reliability/decisions.yaml";

    public Decisions {
        coders = coders == null ? List.of() : List.copyOf(coders);
        seeded = seeded == null ? List.of() : List.copyOf(seeded);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** The kind of file: checked against the documents and the codebook; its codes follow a rename. */
    public static final FileKind<Decisions> KIND = FileKind.source("decisions", FILE, Decisions.class)
            .withValidator((p, file, key, d) -> d.validate(p, file))
            .withRepath(Decisions::repath)
            .withDropDocument(Decisions::withoutDocument)
            .withFreeText("note");

    public static Decisions empty(List<String> coders) {
        return new Decisions(coders, List.of(), List.of());
    }

    public static boolean exists(Project p) {
        return p.exists(KIND);
    }

    /** Reads and validates the file; an absent file is an empty record for {@code coders}. */
    public static Decisions load(Project p, List<String> coders) {
        Decisions d = p.read(KIND);
        if (d == null) return empty(coders);
        Path f = p.dir().resolve(FILE);
        if (coders != null && !d.coders.equals(coders)) {
            throw new ThemaException(f + ": the consensus is being built from " + String.join(" and ", d.coders) + ", not "
                    + String.join(" and ", coders));
        }
        return d;
    }

    void validate(Project p, String f) {
        if (coders.size() != 2 || coders.get(0).equals(coders.get(1))) {
            throw new ThemaException(f + ": 'coders' must name two different coders");
        }
        for (String c : coders) Project.checkName("coder", c);
        for (String doc : seeded) {
            if (p.findDocument(doc).isEmpty()) throw new ThemaException(f + ": seeded document '" + doc + "' is not in the project");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            String where = f + ": decision " + (i + 1);
            if (d == null || d.doc() == null) throw new ThemaException(where + " has no 'doc'");
            Optional<Document> doc = p.findDocument(d.doc());
            if (doc.isEmpty()) throw new ThemaException(where + ": document '" + d.doc() + "' is not in the project");
            if (d.turn() < 1 || d.turn() > doc.get().turns().size()) {
                throw new ThemaException(where + ": '" + d.doc() + "' has turns 1.." + doc.get().turns().size() + ", not " + d.turn());
            }
            if (d.decision() == null) throw new ThemaException(where + " has no 'decision' (a, b, both, neither, code or replace)");
            if (d.decision().takesCode()) {
                if (d.code() == null || !p.codebook().contains(d.code())) {
                    throw new ThemaException(where + ": code '" + d.code() + "' is not in the codebook");
                }
            } else if (d.code() != null) {
                throw new ThemaException(where + ": 'code' belongs only to decisions 'code' and 'replace'");
            }
            if (!seen.add(d.doc() + "\u0000" + d.turn())) throw new ThemaException(where + ": turn " + d.turn() + " of '" + d.doc() + "' is decided twice");
        }
    }

    public Optional<Decision> find(String doc, int turn) {
        return decisions.stream().filter(d -> d.on(doc, turn)).findFirst();
    }

    /** This record with {@code d} replacing any earlier decision on the same turn. */
    public Decisions with(Decision d) {
        List<Decision> out = new ArrayList<>(decisions);
        out.removeIf(x -> x.on(d.doc(), d.turn()));
        out.add(d);
        return new Decisions(coders, seeded, out);
    }

    public Decisions withSeeded(List<String> docs) {
        return new Decisions(coders, docs, decisions);
    }

    /** This record after code {@code from} was renamed or moved to {@code to} (with its descendants). */
    public Decisions repath(String from, String to) {
        boolean names = decisions.stream().anyMatch(d -> d.code() != null && Codebook.isSelfOrDescendant(d.code(), from)
                || java.util.stream.Stream.concat(d.first().stream(), d.second().stream()).anyMatch(c -> Codebook.isSelfOrDescendant(c, from)));
        if (!names) return this;
        List<Decision> out = new ArrayList<>();
        for (Decision d : decisions) {
            out.add(new Decision(d.doc(), d.turn(), d.decision(), d.code() == null ? null : Codebook.repath(d.code(), from, to),
                    d.note(), d.first().stream().map(c -> Codebook.repath(c, from, to)).toList(),
                    d.second().stream().map(c -> Codebook.repath(c, from, to)).toList(), d.time()));
        }
        return new Decisions(coders, seeded, out);
    }

    /** This record without the decisions that chose code {@code path} or a subcode, and without it in what the coders had applied. */
    Decisions withoutCode(String path) {
        List<Decision> out = new ArrayList<>();
        for (Decision d : decisions) {
            if (d.code() != null && Codebook.isSelfOrDescendant(d.code(), path)) continue;
            out.add(new Decision(d.doc(), d.turn(), d.decision(), d.code(), d.note(),
                    d.first().stream().filter(c -> !Codebook.isSelfOrDescendant(c, path)).toList(),
                    d.second().stream().filter(c -> !Codebook.isSelfOrDescendant(c, path)).toList(), d.time()));
        }
        Decisions next = new Decisions(coders, seeded, out);
        return next.equals(this) ? this : next;
    }

    /** How many decisions chose code {@code path} or a subcode. */
    long choosing(String path) {
        return decisions.stream().filter(d -> d.code() != null && Codebook.isSelfOrDescendant(d.code(), path)).count();
    }

    /** This record without document {@code id}: its decisions, and its seeding. */
    Decisions withoutDocument(String id) {
        if (!seeded.contains(id) && decisions.stream().noneMatch(d -> d.doc().equals(id))) return this;
        return new Decisions(coders, seeded.stream().filter(s -> !s.equals(id)).toList(),
                decisions.stream().filter(d -> !d.doc().equals(id)).toList());
    }

    public byte[] toYaml() {
        return Yaml.write(this);
    }
}
