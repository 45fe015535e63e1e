package thema.coding.reliability;

import thema.project.Coding;
import thema.project.Turn;

import java.util.List;

/** One turn with each of two coders' codings that overlap it: a row of the compare margin. */
public record TurnComparison(Turn turn, List<Coding> first, List<Coding> second) {
    /** Whether both coders applied the same set of codes on the turn. */
    public boolean agrees() {
        return Disagreement.codes(first).equals(Disagreement.codes(second));
    }
}
