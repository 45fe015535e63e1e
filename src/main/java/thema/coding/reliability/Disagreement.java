package thema.coding.reliability;

import thema.coding.Decision;
import thema.project.Coding;
import thema.project.TableRow;
import thema.project.Turn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One turn on which two coders applied different codes: the turn, its spoken text, and
 * each coder's codings that overlap it (with their memos), in text order.
 */
public record Disagreement(String doc, Turn turn, String text, List<Coding> first, List<Coding> second) {
    /** The distinct codes of the first coder's codings here, in text order. */
    public Set<String> firstCodes() {
        return codes(first);
    }

    public Set<String> secondCodes() {
        return codes(second);
    }

    /** Memos of either coder's codings here. */
    public List<String> memos(boolean ofFirst) {
        List<String> out = new ArrayList<>();
        for (Coding c : ofFirst ? first : second) if (c.memo() != null) out.add(c.code() + ": " + c.memo());
        return out;
    }

    /**
     * The row of 'thema compare': the turn, its text, each coder's codings under that coder's
     * name, and the consensus decision (null while undecided).
     */
    public Map<String, Object> toRow(String firstCoder, String secondCoder, Decision decision) {
        Map<String, Object> m = TableRow.of(List.of("doc", "turn", "speaker", "start", "end", "text"),
                doc, turn.n(), turn.speaker(), turn.body(), turn.end(), text);
        m.put(firstCoder, spans(first));
        m.put(secondCoder, spans(second));
        m.put("decision", decision);
        return m;
    }

    private static List<Map<String, Object>> spans(List<Coding> codings) {
        List<String> columns = List.of("code", "start", "end", "memo");
        return codings.stream().map(c -> TableRow.of(columns, c.code(), c.start(), c.end(), c.memo())).toList();
    }

    /** The distinct codes of {@code codings}, in their order. */
    public static Set<String> codes(List<Coding> codings) {
        Set<String> s = new LinkedHashSet<>();
        for (Coding c : codings) s.add(c.code());
        return s;
    }
}
