package thema.search;

import java.util.List;

/** All hits of a query: {@code total} passages in {@code turns} turns; {@code hits} holds at most the limit asked for. */
public record SearchResult(int total, int turns, List<Hit> hits) {
}
