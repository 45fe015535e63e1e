package thema.coding.reliability;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import thema.project.Coding;
import thema.project.Document;
import thema.project.FileKind;
import thema.project.Project;
import thema.project.ThemaException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * reliability/sample.yaml: the documents drawn for a reliability pass. The draw is
 * reproducible: documents sorted by id, grouped into strata by attribute {@code by} (one
 * stratum "(none)" for documents without it), each stratum shuffled by java.util.Random
 * seeded with {@code seed} plus the stratum's position; round(fraction × N) documents in
 * all (at least one), shared out over the strata by largest remainder.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"coders", "fraction", "seed", "by", "drawn", "documents"})
public record Sample(List<String> coders, double fraction, long seed, String by, String drawn, List<String> documents) {
    public static final String FILE = "reliability/sample.yaml";
    public static final String NO_VALUE = "(none)";

    public Sample {
        coders = coders == null ? List.of() : List.copyOf(coders);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** Draws a sample (nothing is saved). */
    public static Sample draw(Project p, List<String> coders, double fraction, long seed, String by) {
        if (!(fraction > 0 && fraction <= 1)) throw new ThemaException("fraction " + fraction + " must lie in (0, 1]");
        if (coders.size() < 2) throw new ThemaException("a reliability sample is for at least two coders");
        for (String c : coders) Project.checkName("coder", c);
        List<Document> docs = new ArrayList<>(p.documents());
        if (docs.isEmpty()) throw new ThemaException("the project has no documents to sample");
        docs.sort(Comparator.comparing(Document::id));
        Map<String, List<String>> strata = new TreeMap<>();
        boolean anyValue = false;
        for (Document d : docs) {
            String v = by == null ? "" : d.attributes().get(by);
            anyValue |= v != null;
            strata.computeIfAbsent(v == null ? NO_VALUE : v, k -> new ArrayList<>()).add(d.id());
        }
        if (by != null && !anyValue) throw new ThemaException("no document has attribute '" + by + "'");
        int total = Math.max(1, (int) Math.round(fraction * docs.size()));
        // largest remainder: floor shares first, the rest to the strata with the largest fractions
        List<String> keys = new ArrayList<>(strata.keySet());
        int[] take = new int[keys.size()];
        double[] rest = new double[keys.size()];
        int given = 0;
        for (int i = 0; i < keys.size(); i++) {
            double exact = (double) total * strata.get(keys.get(i)).size() / docs.size();
            take[i] = (int) Math.floor(exact);
            rest[i] = exact - take[i];
            given += take[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -rest[i]).thenComparing(i -> i));
        for (int i = 0; given < total; i++, given++) take[order.get(i)]++;
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> ids = new ArrayList<>(strata.get(keys.get(i)));
            Collections.shuffle(ids, new Random(seed + i));
            chosen.addAll(ids.subList(0, take[i]));
        }
        // keep the project's reading order in the record
        List<String> inOrder = new ArrayList<>();
        for (Document d : p.documents()) if (chosen.contains(d.id())) inOrder.add(d.id());
        return new Sample(coders, fraction, seed, by, Coding.now(), inOrder);
    }

    /** The kind of file: checked against the documents. */
    public static final FileKind<Sample> KIND = FileKind.source("sample", FILE, Sample.class)
            .withValidator((p, f, key, s) -> s.validate(p, f))
            .withDropDocument(Sample::withoutDocument);

    public static boolean exists(Project p) {
        return p.exists(KIND);
    }

    /** The documents of the project's reliability sample when {@code coder} is one of its coders, else none. */
    public static java.util.Set<String> documentsOf(Project p, String coder) {
        if (!exists(p)) return java.util.Set.of();
        Sample s = load(p);
        return s.coders.contains(coder) ? new java.util.LinkedHashSet<>(s.documents) : java.util.Set.of();
    }

    /** The project's sample; there must be one ({@link #exists}). */
    public static Sample load(Project p) {
        Sample s = p.read(KIND);
        if (s == null) throw new ThemaException(p.dir().resolve(FILE) + ": file not found");
        return s;
    }

    private void validate(Project p, String f) {
        if (!(fraction > 0 && fraction <= 1)) throw new ThemaException(f + ": fraction " + fraction + " must lie in (0, 1]");
        if (coders.size() < 2) throw new ThemaException(f + ": 'coders' must name at least two coders");
        for (String c : coders) Project.checkName("coder", c);
        for (String d : documents) {
            if (p.findDocument(d).isEmpty()) throw new ThemaException(f + ": document '" + d + "' is not in the project");
        }
    }

    /**
     * The sample as a methods section describes it, e.g. "Reliability sample (reliability/sample.yaml):
     * 2 of 6 documents, fraction 0.3, seed 42, strata by schooltype (regular 1, special 1), for anna,
     * ben, drawn 2026-11-25T10:00:00Z: t01, t05." Documents of the sample not in {@code compared}
     * are named as not compared.
     */
    public String describe(Project p, List<String> compared) {
        StringBuilder b = new StringBuilder("Reliability sample (").append(FILE).append("): ")
                .append(documents.size()).append(" of ").append(p.documents().size()).append(" documents, fraction ")
                .append(fraction).append(", seed ").append(seed);
        if (by != null) {
            Map<String, Integer> strata = new TreeMap<>();
            for (String d : documents) {
                String v = p.findDocument(d).map(x -> x.attributes().get(by)).orElse(null);
                strata.merge(v == null ? NO_VALUE : v, 1, Integer::sum);
            }
            b.append(", strata by ").append(by).append(" (");
            String sep = "";
            for (var e : strata.entrySet()) {
                b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
                sep = ", ";
            }
            b.append(')');
        }
        b.append(", for ").append(String.join(", ", coders));
        if (drawn != null) b.append(", drawn ").append(drawn);
        b.append(": ").append(String.join(", ", documents)).append('.');
        List<String> missing = new ArrayList<>(documents);
        missing.removeAll(compared);
        if (!missing.isEmpty()) b.append(" Not compared (not marked done by two coders): ").append(String.join(", ", missing)).append('.');
        List<String> outside = new ArrayList<>(compared);
        outside.removeAll(documents);
        if (!outside.isEmpty()) b.append(" Compared but not in the sample: ").append(String.join(", ", outside)).append('.');
        return b.toString();
    }

    /** This sample without document {@code id} (a document deleted from the project). */
    public Sample withoutDocument(String id) {
        return documents.contains(id) ? new Sample(coders, fraction, seed, by, drawn, documents.stream().filter(d -> !d.equals(id)).toList()) : this;
    }

    /** Saves this sample as the project's reliability sample. */
    public void save(Project p) {
        p.write(ch -> ch.put(KIND, this));
    }
}
