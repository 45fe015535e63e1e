package thema.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import thema.coding.Coding;
import thema.coding.Codings;
import thema.project.Document;
import thema.project.Project;
import thema.search.Search;
import thema.search.TurnIndex;

/**
 * {@code scripts/bench SearchBench [docs] [words]} (default 500 × 5,000 words, 2 coders × 20,000
 * codings): full indexing, the incremental update after one coding, and query latency.
 */
public final class SearchBench {
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path dir = Files.createTempDirectory("thema-search-bench").resolve("p");
        Bench.codedProject(dir, docs, words, 20_000, "anna", "ben");
        Project p = Project.open(dir);
        long t0 = System.nanoTime();
        try (TurnIndex i = TurnIndex.open(p)) {
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("full index: %d documents of %d words in %.2f s = %.0f documents/s (%d reindexed)%n", docs, words, s, docs / s, i.reindexed());
        }
        long[] fresh = Bench.time(2, 10, () -> TurnIndex.open(Project.open(dir)).close());
        System.out.println("open an up-to-date index (project read + stamps): " + Bench.summary(fresh));
        Document d = p.documents().iterator().next();
        int[] span = Codings.turnSpan(d, 2);
        Codings.add(p, "anna", List.of(new Coding(d.id(), span[0], span[1], "theme 3/code 3.1", "anna", Codings.now())), "bench");
        long t1 = System.nanoTime();
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            System.out.printf("incremental update after one coding: %.0f ms (%d document reindexed)%n", (System.nanoTime() - t1) / 1e6, i.reindexed());
        }
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            for (String q : new String[]{"parents", "\"speech therapist\"", "\"parents wishes\"~5", "(parents OR mother) AND -letter speaker:respondent schooltype:special",
                    "code:\"theme 3\" coder:anna", "coord*", "coordinater~"}) {
                int[] total = new int[1];
                long[] t = Bench.time(3, 20, () -> total[0] = Search.run(i, q, new Search.Options(100, false, null)).total());
                System.out.printf("search %-70s %7d hits: %s%n", q, total[0], Bench.summary(t));
            }
        }
    }
}
