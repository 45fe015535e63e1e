package thema.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import thema.project.Coding;
import thema.project.Document;
import thema.project.DocumentGroups;
import thema.project.Project;
import thema.project.TableRow;
import thema.project.ThemaException;

/**
 * Thematic saturation after Guest, Namey and Chen (2020, PLoS ONE 15(5): e0232076). Only the
 * interviews the counted coding has finished (counted and marked done) enter the order; the
 * others are left out and listed. The base is the set of distinct codes applied in the first
 * {@code base} interviews; runs of {@code run} consecutive interviews start right after the base
 * and move forward one interview at a time; a run's new information is the number of codes first
 * appearing in it (absent from every earlier interview) and its ratio that number over the size
 * of the base. Saturation is reported as the interviews before the first run whose ratio is at
 * or below the threshold, plus that run as confirmation: "9+2".
 */
public final class Saturation {
    public record Run(int from, int to, List<String> documents, int newCodes, double ratio) implements TableRow {
        public static final List<String> COLUMNS = List.of("from", "to", "documents", "new_codes", "ratio");

        /** The run's row; the ratio to four decimals, the documents space-separated. */
        @Override
        public Map<String, Object> toRow() {
            return TableRow.of(COLUMNS, from, to, String.join(" ", documents), newCodes, Math.round(ratio * 10000) / 10000.0);
        }
    }

    /**
     * {@code cumulative[i]}: distinct codes in interviews 1..i+1; {@code saturatedAt}: the number of
     * interviews before the confirming run (1-based), or -1; {@code leftOut}: documents not in the order.
     */
    public record Result(List<String> order, int base, int run, int baseSize, List<Run> runs, int saturatedAt,
                         int[] cumulative, int[] newPerInterview, List<CountedCoding.Left> leftOut) {
        public boolean reached() {
            return saturatedAt > 0;
        }

        /** The paper's form, interviews to saturation plus the confirming run: {@code 9+2}; null when not reached. */
        public String reported() {
            return reached() ? saturatedAt + "+" + run : null;
        }
    }

    private Saturation() {
    }

    /**
     * The counted coding's finished interviews in the order of the attribute's values (natural
     * order), else in import order, with the left-out documents and why.
     */
    public static List<Document> order(Project p, CountedCoding counted, String attribute, List<CountedCoding.Left> leftOut) {
        Map<String, String> reasons = new HashMap<>();
        for (CountedCoding.Left l : counted.notCounted()) reasons.put(l.doc(), l.reason());
        Set<String> done = new HashSet<>();
        for (CountedCoding.Source s : counted.sources()) {
            if (s.done()) done.add(s.doc());
            else reasons.put(s.doc(), s.label() + ": in progress");
        }
        List<Document> docs = new ArrayList<>();
        for (Document d : p.documents()) {
            if (done.contains(d.id())) docs.add(d);
            else leftOut.add(new CountedCoding.Left(d.id(), reasons.get(d.id())));
        }
        if (attribute == null) return docs;
        for (Document d : docs) {
            if (d.attributes().get(attribute) == null) throw new ThemaException("document '" + d.id() + "' has no attribute '" + attribute + "' to order the interviews by");
        }
        docs.sort(Comparator.comparing((Document d) -> d.attributes().get(attribute), DocumentGroups::natural).thenComparing(Document::id));
        return docs;
    }

    public static Result of(Project p, CountedCoding counted, String orderBy, int base, int run, double threshold) {
        if (base < 1 || run < 1) throw new ThemaException("the base and each run must hold at least 1 interview");
        List<CountedCoding.Left> leftOut = new ArrayList<>();
        List<Document> docs = order(p, counted, orderBy, leftOut);
        if (docs.size() < base + run) {
            throw new ThemaException("saturation needs at least base + run = " + (base + run) + " finished interviews; "
                    + docs.size() + " of the project's " + p.documents().size() + " are coded and marked done (" + counted.describe() + ")");
        }
        Map<String, Set<String>> byDoc = new HashMap<>();
        for (Coding c : counted.codings()) byDoc.computeIfAbsent(c.doc(), k -> new LinkedHashSet<>()).add(c.code());
        List<Set<String>> codes = new ArrayList<>();
        for (Document d : docs) codes.add(byDoc.getOrDefault(d.id(), Set.of()));
        Set<String> baseSet = new HashSet<>();
        for (int i = 0; i < base; i++) baseSet.addAll(codes.get(i));
        if (baseSet.isEmpty()) throw new ThemaException("the first " + base + " interviews have no codes: no base to compare with (" + counted.describe() + ")");
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
            if (saturated < 0 && ratio <= threshold + 1e-12) saturated = i;
        }
        return new Result(docs.stream().map(Document::id).toList(), base, run, baseSet.size(), runs, saturated, cumulative, fresh, List.copyOf(leftOut));
    }
}
