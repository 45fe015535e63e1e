package thema.writeup;

import thema.project.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import thema.analysis.CountedCoding;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Document;
import thema.project.DocumentGroups;
import thema.project.ParticipantMap;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Turn;

/**
 * Coded extracts (retrieval): every segment of the asked codes or their descendants, grouped by
 * code, then by attribute group, then by document, each with its place, speaker, attributes,
 * coder, memo, the exact coded text, optional context turns, and its citation. The segments are
 * those of the counted coding (see CountedCoding), so each document's extracts come from one coding.
 */
public final class Extracts {
    /** A context turn before or after an extract. */
    public record Context(int turn, String speaker, String text) {
    }

    public record Extract(String code, String attribute, String value, String doc, int turn, String speaker, String participant,
                          Map<String, String> attributes, String coder, String codedAs, String memo, boolean key,
                          int start, int end, String text, List<Context> before, List<Context> after, String citation) implements TableRow {
        /** The columns of an extract's row (its JSON is the whole record, context turns included). */
        public static final List<String> COLUMNS = List.of("code", "coded_as", "attribute", "value", "doc", "turn", "speaker", "participant", "coder",
                "start", "end", "key", "memo", "text", "citation");

        @Override
        public Map<String, Object> toRow() {
            return TableRow.of(COLUMNS, code, codedAs, attribute, value, doc, turn, speaker == null ? "" : speaker, participant == null ? "" : participant, coder,
                    start, end, key, memo == null ? "" : memo, text, citation);
        }
    }

    /** What to retrieve; empty {@code codes} means every code that has segments. */
    public record Query(List<String> codes, CountedCoding counted, String doc, List<String> by, boolean keyOnly, int context) {
    }

    private Extracts() {
    }

    /** Every extract, code after code. */
    public static List<Extract> of(Project p, Query q) {
        List<Extract> out = new ArrayList<>();
        forEachCode(p, q, out::addAll);
        return out;
    }

    /**
     * The extracts of one code after another, in the order of {@link #of}: a caller can write a
     * code's extracts and let them go, so memory holds one code's, not every extract of the project.
     */
    public static void forEachCode(Project p, Query q, Consumer<List<Extract>> each) {
        Codebook cb = p.codebook();
        List<String> codes = q.codes().isEmpty() ? cb.paths() : q.codes().stream().map(cb::resolve).distinct().toList();
        if (q.doc() != null) p.document(q.doc());
        ParticipantMap participants = ParticipantMap.of(p);
        Set<String> known = participants.attributeNames(); // once: it looks at every document
        for (String a : q.by()) {
            if (!known.contains(a)) {
                throw new ThemaException("no document or participant has the attribute '" + a + "'"
                        + (known.isEmpty() ? " (there are no attributes)" : " (attributes: " + String.join(", ", known) + ")"));
            }
        }
        Map<String, Integer> order = new HashMap<>();
        for (Document d : p.documents()) order.put(d.id(), order.size());
        // the places of the retrieved codings by the code applied: a code looks at its own codes', not at every coding
        List<Coding> codings = new ArrayList<>();
        Map<String, List<Integer>> placesByCode = new LinkedHashMap<>();
        for (Coding c : q.counted().codings()) {
            if (q.doc() != null && !q.doc().equals(c.doc())) continue;
            if (q.keyOnly() && !c.keyQuote()) continue;
            placesByCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(codings.size());
            codings.add(c);
        }
        Citations citations = new Citations(p.config().citation, known);
        for (String code : codes) {
            // when codes were not named, a parent would repeat its children's extracts: list codes that were applied
            List<Integer> places = new ArrayList<>();
            placesByCode.forEach((applied, at) -> {
                if (q.codes().isEmpty() ? applied.equals(code) : Codebook.isSelfOrDescendant(applied, code)) places.addAll(at);
            });
            places.sort(null); // the counted coding's order, as the sort below leaves ties
            List<Extract> forCode = new ArrayList<>(places.size());
            for (int i : places) {
                Coding c = codings.get(i);
                forCode.add(extract(p, code, q.by(), participants, citations, q.counted().coderOf(c.doc()), c, q.context()));
            }
            // the groups in the order tables show them, each ranked once (comparing values is slow)
            List<List<String>> values = new ArrayList<>(forCode.stream().map(Extract::value).distinct().map(v -> List.of(v.split(java.util.regex.Pattern.quote(DocumentGroups.CROSS), -1))).toList());
            values.sort(DocumentGroups.VALUE_ORDER);
            Map<String, Integer> groupOrder = new HashMap<>();
            for (List<String> v : values) groupOrder.put(String.join(DocumentGroups.CROSS, v), groupOrder.size());
            forCode.sort(Comparator.comparing((Extract e) -> groupOrder.get(e.value()))
                    .thenComparing(e -> order.get(e.doc())).thenComparingInt(Extract::start).thenComparing(Extract::coder));
            each.accept(forCode);
        }
    }

    /** The project's citation template, parsed once: its own, else the default for a paged or an unpaged text. */
    private static final class Citations {
        private final Citation.Template unpaged, paged;
        private final Set<String> known;

        Citations(String template, Set<String> known) {
            boolean own = template != null && !template.isBlank();
            unpaged = new Citation.Template(own ? template : Citation.DEFAULT);
            paged = own ? unpaged : new Citation.Template(Citation.PAGED);
            this.known = known;
        }

        String format(int page, Map<String, String> values) {
            return (page == 0 ? unpaged : paged).format(values, known);
        }
    }

    /**
     * One extract. Its group ({@code --by}): per attribute, the participant's own value where the
     * quote's speaker is a participant who has one, else the document's ({@value DocumentGroups#NONE} without).
     */
    private static Extract extract(Project p, String code, List<String> by, ParticipantMap participants, Citations citations, String coder, Coding c, int context) {
        Document d = p.document(c.doc());
        Turn t = d.turnAt(c.start());
        List<Context> before = new ArrayList<>(), after = new ArrayList<>();
        List<Turn> turns = d.turns();
        int first = t.n() - 1; // turns are numbered in sequence (checked on open)
        int last = d.lastTurnOf(c.start(), c.end()).n() - 1;
        for (int i = Math.max(0, first - context); i < first; i++) before.add(context(d, turns.get(i)));
        for (int i = last + 1; i <= Math.min(turns.size() - 1, last + context); i++) after.add(context(d, turns.get(i)));
        // the citation's fields: the document's attributes, the participant's own over them, then the fixed ones
        Map<String, String> values = new HashMap<>(d.attributes());
        String participant = participants.of(d.id(), t);
        Map<String, String> own = participant == null ? Map.of() : participants.person(participant).attributes();
        List<String> group = new ArrayList<>();
        for (String a : by) {
            String mine = own.get(a);
            String v = mine != null && !mine.isBlank() ? mine : d.attributes().get(a);
            group.add(v == null || v.isBlank() ? DocumentGroups.NONE : v);
        }
        values.putAll(own);
        values.put("participant", participant == null ? "" : participant);
        values.put("doc", d.id());
        values.put("turn", String.valueOf(t.n()));
        values.put("speaker", t.speaker() == null ? "" : t.speaker());
        values.put("coder", coder);
        int page = d.meta().pageAt(c.start());
        values.put("page", page == 0 ? "" : String.valueOf(page));
        String citation = citations.format(page, values);
        return new Extract(code, String.join(DocumentGroups.CROSS, by), String.join(DocumentGroups.CROSS, group), d.id(), t.n(), t.speaker(), participant, d.attributes(), coder, c.code(), c.memo(), c.keyQuote(),
                c.start(), c.end(), d.text().substring(c.start(), c.end()), before, after, citation);
    }

    private static Context context(Document d, Turn t) {
        return new Context(t.n(), t.speaker(), d.text().substring(t.body(), t.end()));
    }
}
