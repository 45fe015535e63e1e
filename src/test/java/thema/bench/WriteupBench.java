package thema.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thema.cli.Main;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestTrees;
import thema.project.Turn;
import thema.writeup.Pseudonymizer;

/**
 * {@code scripts/bench WriteupBench}: (1) `thema quotes` for a code with 20,000 segments in a
 * 2,000-document project; (2) pseudonymisation with a 200-name map over 10 million words
 * (the replacement pass over the text, then a whole project run with codings moved and saved).
 */
public final class WriteupBench {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("thema-writeup-bench").resolve("p");
        // 2,000 documents, 50 codes, 100,000 codings, and 20,000 more of one code
        Bench.codedProject(dir, 2000, 300, 100_000, "anna");
        Project p0 = Project.open(dir);
        java.util.List<Coding> more = new java.util.ArrayList<>();
        java.util.List<Document> docs = new java.util.ArrayList<>(p0.documents());
        java.util.Random rr = new java.util.Random(5);
        while (more.size() < 20_000) {
            Document d = docs.get(rr.nextInt(docs.size()));
            Turn t = d.turns().get(rr.nextInt(d.turns().size()));
            int s = t.body() + rr.nextInt(Math.max(1, t.end() - t.body() - 5));
            more.add(new Coding(d.id(), s, Math.min(t.end(), s + 5 + rr.nextInt(40)), "theme 1/code 1.1", "anna", "2026-01-01T00:00:00Z"));
        }
        Codings.add(p0, "anna", more, "bench");
        Project p = Project.open(dir);
        long n = p.coder("anna").codings().stream().filter(c -> c.code().startsWith("theme 1/code 1.1")).count();
        String[] cmd = {"quotes", dir.toString(), "--code", "theme 1/code 1.1", "--format", "md"};
        long[] q = Bench.time(2, 10, () -> Main.run(cmd, new PrintWriter(new StringWriter()), new PrintWriter(System.err)));
        System.out.printf("thema quotes for a code with %d segments (2,000 documents, %d codings): %s%n", n, p.coder("anna").codings().size(), Bench.summary(q));

        // 10 million words of generated speech with 200 names sprinkled in
        StringBuilder b = new StringBuilder();
        String base = Bench.transcript(1, 10_000);
        java.util.Random r = new java.util.Random(3);
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) names.put("Name" + (char) ('A' + i % 26) + "son" + i, "[person " + i + "]");
        List<String> keys = List.copyOf(names.keySet());
        for (String w : base.split(" ")) {
            b.append(w).append(' ');
            if (r.nextInt(50) == 0) b.append(keys.get(r.nextInt(keys.size()))).append(' ');
        }
        String chunk = b.toString();
        int words = chunk.split("\\s+").length;
        int copies = (int) Math.ceil(10_000_000.0 / words);
        Pseudonymizer ps = new Pseudonymizer(names);
        long[] t = Bench.time(1, 3, () -> {
            int found = 0;
            for (int i = 0; i < copies; i++) found += ps.find("d", chunk).size();
            if (found == 0) throw new IllegalStateException();
        });
        double s = Bench.percentileMs(t, 50) / 1000;
        System.out.printf("find 200 names in %,d words: %.2f s = %.1f million words/s%n", (long) words * copies, s, words * copies / s / 1e6);

        Path big = Files.createTempDirectory("thema-writeup-bench").resolve("big");
        Bench.codedProject(big, 1000, 10_000, 50_000, "anna");
        Path map = big.resolveSibling("map.csv");
        // 200 names, as a study's map has; five of them common words of the generated text, so every document changes
        StringBuilder csv = new StringBuilder("original,replacement\n");
        for (String w : List.of("mother", "father", "coordinator", "therapist", "principal")) csv.append(w).append(",[").append(w).append("]\n");
        for (int i = 5; i < 200; i++) csv.append(keys.get(i)).append(",[person ").append(i).append("]\n");
        Files.writeString(map, csv);
        // the command changes the project: time it on fresh copies, made (and flushed to disk) before any is timed
        int runs = 5;
        List<Path> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) fresh.add(copy(big, big.resolveSibling("copy" + i)));
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        long[] whole = new long[runs];
        for (int i = 0; i < runs; i++) {
            Thread.sleep(2000); // let the disk settle after the previous run's writes
            long t0 = System.nanoTime();
            int rc = Main.run(new String[]{"pseudonymize", fresh.get(i).toString(), "--map", map.toString()}, new PrintWriter(System.out), new PrintWriter(System.err));
            whole[i] = System.nanoTime() - t0;
            if (rc != 0) throw new IllegalStateException("pseudonymize failed");
        }
        double p50 = Bench.percentileMs(whole, 50) / 1000;
        System.out.printf("thema pseudonymize on 1,000 documents × 10,000 words (10 million words, 50,000 codings moved, every document rewritten), a project opened before: %s = %.1f million words/s at the median%n",
                Bench.summary(whole), 10.0 / p50);
        long t1 = System.nanoTime();
        Project opened = Project.open(fresh.get(0));
        long chars = 0;
        for (Document d : opened.documents()) chars += d.text().length();
        System.out.printf("reading a pseudonymised project and its 10 million words back: %.1f s (%,d characters)%n", (System.nanoTime() - t1) / 1e9, chars);
    }

    private static Path copy(Path from, Path to) throws java.io.IOException {
        return TestTrees.copy(from, to, true);
    }
}
