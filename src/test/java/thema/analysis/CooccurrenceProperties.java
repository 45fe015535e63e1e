package thema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import thema.analysis.CountingUnits.Per;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.FocusGroupProject;
import thema.project.Project;

/**
 * Every cell of the sweep's co-occurrence equals the all-pairs reference's, on random codings of
 * nested codes in the focus-group project: per document and per participant, ungrouped and grouped.
 */
class CooccurrenceProperties {
    private static final Project P;
    private static final AtomicInteger CODERS = new AtomicInteger();

    static {
        try {
            P = FocusGroupProject.create(Files.createTempDirectory("thema-cooccur-props"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 200)
    void theSweepGivesTheCellsOfEveryPair(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 100_000) Integer> places,
                                          @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 120) Integer> lengths,
                                          @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 5) Integer> codes) {
        // every code but one of the exclusive pair, whose two alternatives may not overlap
        List<String> paths = P.codebook().paths().stream().filter(c -> !c.equals("communication/one-way")).toList();
        List<Document> docs = new ArrayList<>(P.documents());
        String coder = "r" + CODERS.incrementAndGet();
        List<Coding> cs = new ArrayList<>();
        int n = Math.min(places.size(), Math.min(lengths.size(), codes.size()));
        for (int i = 0; i < n; i++) {
            Document d = docs.get(places.get(i) % docs.size());
            int start = places.get(i) % d.length();
            int end = Math.min(d.length(), start + 1 + lengths.get(i));
            cs.add(new Coding(d.id(), start, end, paths.get(codes.get(i) % paths.size()), coder, "2026-01-01T00:00:00Z"));
        }
        Codings.add(P, coder, cs, "test");
        CountedCoding counted = CountedCoding.ofCoder(P, coder);
        List<String> all = P.codebook().paths();
        for (CountingUnits units : List.of(CountingUnits.of(Per.DOCUMENT, P, counted, List.of()),
                CountingUnits.of(Per.DOCUMENT, P, counted, List.of("schooltype")),
                CountingUnits.of(Per.PARTICIPANT, P, counted, List.of()),
                CountingUnits.of(Per.PARTICIPANT, P, counted, List.of("role")))) {
            assertEquals(AllPairsCooccurrence.of(counted, units, all), Cooccurrence.of(P, counted, units, all), units.per() + " " + units.groups().size() + " groups");
        }
    }
}
