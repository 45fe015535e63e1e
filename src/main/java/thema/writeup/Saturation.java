package thema.writeup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import thema.coding.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;

/**
 * Thematic saturation after Guest, Namey and Chen (2020, PLoS ONE 15(5): e0232076). The base is
 * the set of distinct codes applied in the first {@code base} interviews; runs of {@code run}
 * consecutive interviews start right after the base and move forward one interview at a time;
 * a run's new information is the number of codes first appearing in it (absent from every
 * earlier interview) and its ratio that number over the size of the base. Saturation is reached
 * at the last interview of the first run whose ratio is at or below the threshold.
 */
public final class Saturation {
    public record Run(int from, int to, List<String> documents, int newCodes, double ratio) {
    }

    /** {@code cumulative[i]}: distinct codes in interviews 1..i+1; {@code saturatedAt}: 1-based interview, or -1. */
    public record Result(List<String> order, int baseSize, List<Run> runs, int saturatedAt, int[] cumulative, int[] newPerInterview) {
        public boolean reached() {
            return saturatedAt > 0;
        }
    }

    private Saturation() {
    }

    /** Interviews in the order of the attribute's values (natural order), else in import order. */
    public static List<Document> order(Project p, String attribute) {
        List<Document> docs = new ArrayList<>(p.documents());
        if (attribute == null) return docs;
        for (Document d : docs) {
            if (d.attributes().get(attribute) == null) throw new ThemaException("document '" + d.id() + "' has no attribute '" + attribute + "' to order the interviews by");
        }
        docs.sort(Comparator.comparing((Document d) -> d.attributes().get(attribute), thema.analysis.DocumentGroups::natural).thenComparing(Document::id));
        return docs;
    }

    public static Result of(Project p, String coder, List<Document> docs, int base, int run, double threshold) {
        if (base < 1 || run < 1) throw new ThemaException("--base and --run must be 1 or more");
        if (docs.size() < base + run) {
            throw new ThemaException("saturation needs at least base + run = " + (base + run) + " interviews; the project has " + docs.size());
        }
        List<Set<String>> codes = new ArrayList<>();
        for (Document d : docs) {
            Set<String> s = new LinkedHashSet<>();
            for (Coding c : p.coder(coder).codings()) if (c.doc().equals(d.id())) s.add(c.code());
            codes.add(s);
        }
        Set<String> baseSet = new HashSet<>();
        for (int i = 0; i < base; i++) baseSet.addAll(codes.get(i));
        if (baseSet.isEmpty()) throw new ThemaException("the first " + base + " interviews have no codes by '" + coder + "': no base to compare with");
        int n = docs.size();
        int[] cumulative = new int[n];
        int[] fresh = new int[n];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int before = seen.size();
            seen.addAll(codes.get(i));
            cumulative[i] = seen.size();
            fresh[i] = seen.size() - before;
        }
        List<Run> runs = new ArrayList<>();
        int saturated = -1;
        for (int i = base; i + run <= n; i++) {
            int added = 0;
            for (int j = i; j < i + run; j++) added += fresh[j];
            double ratio = (double) added / baseSet.size();
            List<String> ids = docs.subList(i, i + run).stream().map(Document::id).toList();
            runs.add(new Run(i + 1, i + run, ids, added, ratio));
            // compare in whole units so that 1/20 against 0.05 counts as "at" the threshold
            if (saturated < 0 && ratio <= threshold + 1e-12) saturated = i + run;
        }
        return new Result(docs.stream().map(Document::id).toList(), baseSet.size(), runs, saturated, cumulative, fresh);
    }
}
