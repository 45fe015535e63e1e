package thema.analysis.agreement;

import thema.search.SpeakerNames;

import java.util.List;

/**
 * Which speakers' units are compared: with {@code only} given, units of a speaker matching one
 * of those names; never units of a speaker matching one of {@code excluded}. Names match as the
 * search's {@code speaker:} filter matches them ({@link SpeakerNames}). A unit's speaker is the
 * speaker of the turn it lies in; an unlabelled turn and the characters between turns have none.
 */
public record SpeakerFilter(List<String> only, List<String> excluded) {
    public static final SpeakerFilter ALL = new SpeakerFilter(List.of(), List.of());

    public SpeakerFilter {
        only = only == null ? List.of() : List.copyOf(only);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    public boolean isAll() {
        return only.isEmpty() && excluded.isEmpty();
    }

    /** Whether units of this speaker (null: none) are compared. */
    public boolean admits(String speaker) {
        if (!only.isEmpty() && only.stream().noneMatch(n -> SpeakerNames.matches(speaker, n))) return false;
        return excluded.stream().noneMatch(n -> SpeakerNames.matches(speaker, n));
    }

    /** "only Teacher", "Interviewer left out", both joined by "; ", or "" for every speaker. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (!only.isEmpty()) b.append("only ").append(String.join(", ", only));
        if (!excluded.isEmpty()) {
            if (b.length() > 0) b.append("; ");
            b.append(String.join(", ", excluded)).append(" left out");
        }
        return b.toString();
    }
}
