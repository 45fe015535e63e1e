package thema.coding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One recorded decision of a debriefing: on turn {@code turn} of {@code doc}, which coding
 * stands ({@code decision}; {@code code} when a new code was chosen), why ({@code note}),
 * and what each coder had applied when it was made ({@code first}, {@code second}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"doc", "turn", "decision", "code", "note", "first", "second", "time"})
public record Decision(String doc, int turn, Choice decision, String code, String note, List<String> first,
                       List<String> second, String time) {
    public Decision {
        first = first == null ? List.of() : List.copyOf(first);
        second = second == null ? List.of() : List.copyOf(second);
    }

    public boolean on(String d, int t) {
        return doc.equals(d) && turn == t;
    }

    /** "accept anna", "both", "new code X" for display. */
    public String describe(List<String> coders) {
        return switch (decision) {
            case A -> "accept " + coders.get(0);
            case B -> "accept " + coders.get(1);
            case BOTH -> "both";
            case NEITHER -> "neither";
            case CODE -> "new code " + code + " with the agreed codes";
            case REPLACE -> "new code " + code + " replacing every code";
        };
    }
}
