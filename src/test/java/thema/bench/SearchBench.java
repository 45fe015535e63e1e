package thema.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestTrees;
import thema.search.Search;
import thema.search.TurnIndex;

/**
 * {@code scripts/bench SearchBench [docs] [words]} (default 2,000 × 5,000 words = 10 million words,
 * 2 coders × 20,000 codings): full indexing, index size, the incremental update after one coding,
 * latency of 1,000 mixed queries (KWIC for the first 50 hits, every passage counted) beside the same
 * queries in plain Lucene ({@link PlainLucene}, alternating), and a plain regex scan of the same text.
 */
public final class SearchBench {
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path dir = Files.createTempDirectory("thema-search-bench").resolve("p");
        Bench.codedProject(dir, docs, words, 20_000, "anna", "ben");
        Project p = Project.open(dir);
        long t0 = System.nanoTime();
        try (TurnIndex i = TurnIndex.open(p)) {
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("full index: %d documents of %d words in %.2f s = %.0f documents/s = %.2f million words/s (%d reindexed)%n",
                    docs, words, s, docs / s, (double) docs * words / s / 1e6, i.reindexed());
            long size = TestTrees.size(TurnIndex.location(p));
            System.out.printf("index size: %s%n", Bench.mb(size));
        }
        long[] fresh = Bench.time(2, 10, () -> TurnIndex.open(Project.open(dir)).close());
        System.out.println("open an up-to-date index (project read + stamps): " + Bench.summary(fresh));
        Document d = p.documents().iterator().next();
        int[] span = Codings.turnSpan(d, 2);
        Codings.add(p, "anna", List.of(new Coding(d.id(), span[0], span[1], "theme 3/code 3.1", "anna", Coding.now())), "bench");
        long t1 = System.nanoTime();
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            System.out.printf("incremental update after one coding: %.0f ms (%d document reindexed)%n", (System.nanoTime() - t1) / 1e6, i.reindexed());
        }
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            // 1,000 mixed queries: words, phrases, prefixes, fuzzy words, booleans with filters
            java.util.Random r = new java.util.Random(11);
            String[] vocab = "parents teacher pupil school care support meeting decision home reading talk call plan help child mother father week extra route team coordinator speech therapist worried agreed explained appointment colleague principal".split(" ");
            java.util.List<String> mixed = new java.util.ArrayList<>();
            for (int k = 0; k < 1000; k++) {
                String a = vocab[r.nextInt(vocab.length)], b = vocab[r.nextInt(vocab.length)];
                mixed.add(switch (k % 5) {
                    case 0 -> a;
                    case 1 -> "\"" + a + " " + b + "\"";
                    case 2 -> a.substring(0, 4) + "*";
                    case 3 -> a + "~";
                    default -> a + " AND " + b + " speaker:respondent schooltype:" + (k % 2 == 0 ? "special" : "regular");
                });
            }
            // the same queries in plain Lucene (PlainLucene), alternating query by query
            Path plainDir = dir.resolveSibling("plain");
            PlainLucene.index(plainDir, p);
            try (PlainLucene plain = new PlainLucene(plainDir)) {
                long[] lat = new long[mixed.size()], base = new long[mixed.size()];
                long cpu = 0, baseCpu = 0;
                for (int round = 0; round < 2; round++) {
                    for (int k = 0; k < 200; k++) {
                        Search.run(i, mixed.get(k), new Search.Options(50, false, null));
                        plain.search(mixed.get(k), 50);
                    }
                }
                for (int k = 0; k < mixed.size(); k++) {
                    long c2 = Bench.processCpuNanos(), t2 = System.nanoTime();
                    Search.run(i, mixed.get(k), new Search.Options(50, false, null));
                    lat[k] = System.nanoTime() - t2;
                    cpu += Bench.processCpuNanos() - c2;
                    long c3 = Bench.processCpuNanos(), t3 = System.nanoTime();
                    plain.search(mixed.get(k), 50);
                    base[k] = System.nanoTime() - t3;
                    baseCpu += Bench.processCpuNanos() - c3;
                }
                System.out.println("1,000 mixed queries, first 50 hits with KWIC, every passage counted (alternating, warm):");
                System.out.printf("  wall: thema median %.2f ms, p90 %.2f, p99 %.2f | plain Lucene %.2f / %.2f / %.2f | ratio %.2f / %.2f / %.2f%n",
                        Bench.percentileMs(lat, 50), Bench.percentileMs(lat, 90), Bench.percentileMs(lat, 99),
                        Bench.percentileMs(base, 50), Bench.percentileMs(base, 90), Bench.percentileMs(base, 99),
                        Bench.percentileMs(lat, 50) / Bench.percentileMs(base, 50), Bench.percentileMs(lat, 90) / Bench.percentileMs(base, 90),
                        Bench.percentileMs(lat, 99) / Bench.percentileMs(base, 99));
                Integer[] slow = new Integer[mixed.size()];
                for (int k = 0; k < slow.length; k++) slow[k] = k;
                java.util.Arrays.sort(slow, (x, y) -> Long.compare(lat[y], lat[x]));
                for (int k = 0; k < 5; k++) {
                    System.out.printf("  slowest in thema: %-50s %6.1f ms (plain Lucene %.1f ms)%n", mixed.get(slow[k]), lat[slow[k]] / 1e6, base[slow[k]] / 1e6);
                }
                System.out.printf("  CPU of the whole process per query (mean): thema %.2f ms, plain Lucene %.2f ms, ratio %.2f%n",
                        cpu / 1e6 / mixed.size(), baseCpu / 1e6 / mixed.size(), (double) cpu / baseCpu);
                // the kinds of query one at a time, each beside the same in plain Lucene where it has the fields
                // (code: and coder: are thema's own); plain Lucene's own analyzer counts its own hits
                for (String q : new String[]{"parents", "\"speech therapist\"", "\"parents wishes\"~5", "(parents OR mother) AND -letter speaker:respondent schooltype:special",
                        "code:\"theme 3\" coder:anna", "coord*", "coordinater~"}) {
                    int[] total = new int[1];
                    long[] t = Bench.time(3, 20, () -> total[0] = Search.run(i, q, new Search.Options(100, false, null)).total());
                    String beside = "";
                    if (!q.contains("code:")) {
                        long[] plainTotal = new long[1];
                        long[] b = Bench.time(3, 20, () -> {
                            try {
                                plainTotal[0] = plain.search(q, 100).total();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                        beside = String.format(" | plain Lucene %d hits, p50 %.1f ms: ratio %.2f", plainTotal[0], Bench.percentileMs(b, 50), Bench.percentileMs(t, 50) / Bench.percentileMs(b, 50));
                    }
                    System.out.printf("search %-70s %7d hits: %s%s%n", q, total[0], Bench.summary(t), beside);
                }
            }
            // the same words by a plain scan of every transcript (what search without an index costs)
            java.util.List<String> texts = p.documents().stream().map(x -> x.text().string()).toList();
            long[] scan = Bench.time(1, 5, () -> {
                java.util.regex.Pattern pat = java.util.regex.Pattern.compile("\\bparents\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
                int c = 0;
                for (String t : texts) for (var m = pat.matcher(t); m.find(); ) c++;
                if (c == 0) throw new IllegalStateException();
            });
            System.out.printf("plain regex scan for one word over the same text: %s%n", Bench.summary(scan));
        }
    }
}
