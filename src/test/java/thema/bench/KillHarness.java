package thema.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import thema.cli.Main;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.TestTrees;

/**
 * {@code scripts/kill-harness [kills] [seed]} (default 300): kill -9 during codings, 2,000-coding
 * batches, code renames, pseudonymisation and imports, each in a child JVM killed at a random
 * moment once it is working. After each kill the next command ({@code thema check}) must pass,
 * every coding and import the child acknowledged (printed after its save returned, and counted once
 * the line after them arrived whole) must be there,
 * and no temporary file may be left. Prints the figures; exit status 1 when any check failed.
 */
public final class KillHarness {
    static final String[] MODES = {"code", "batch", "rename", "pseudonymize", "import"};
    static final String CODE = "care decisions/process", RENAMED = "care decisions/steps";
    static final int TEXT = 20_000;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(Path.of(args[1]), args[2], Long.parseLong(args[3]));
            return;
        }
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Random r = new Random(args.length > 1 ? Long.parseLong(args[1]) : 17);
        Path dir = Files.createTempDirectory("thema-kill").resolve("p");
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "A: " + "word ".repeat(TEXT / 5) + "\n", Map.of());
        TestProjects.addDocument(p, "names", "A: Jan Peeters called. Later Jan Peeters wrote.\n\nB: Ask Jan Peeters.\n", Map.of());
        Set<String> acknowledged = new HashSet<>();
        Set<String> imported = new HashSet<>();
        int corrupted = 0, lost = 0, leftover = 0, tempsAfterKills = 0, journalsAfterKills = 0, acks = 0;
        Map<String, Integer> perMode = new LinkedHashMap<>();
        Map<String, Long> opMillis = new java.util.HashMap<>();
        int completed = 0;
        long t0 = System.nanoTime();
        for (int k = 0; k < kills; k++) {
            String mode = MODES[k % MODES.length];
            perMode.merge(mode, 1, Integer::sum);
            Process c = new ProcessBuilder(javaCommand(dir, mode, r.nextLong())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = in.readLine()) != null; ) synchronized (lines) { lines.add(l); }
                } catch (java.io.IOException ignored) {
                    // the child was killed
                }
            });
            reader.start();
            // kill only once it works: after the project is open and 0 or 1 saves have completed, at a
            // random moment within the time a save has been taking (so a kill falls anywhere in one)
            int saves = r.nextInt(2);
            long until = System.currentTimeMillis() + 120_000, ready = 0;
            while (System.currentTimeMillis() < until && c.isAlive()) {
                synchronized (lines) {
                    if (ready == 0 && !lines.isEmpty()) ready = System.currentTimeMillis();
                    if (lines.stream().filter(l -> l.equals("SAVED")).count() >= saves) break;
                }
                Thread.sleep(5);
            }
            long took = opMillis.getOrDefault(mode, 1000L);
            Thread.sleep(r.nextLong(Math.max(50, took * 3 / 2)));
            c.destroyForcibly().waitFor();
            reader.join();
            if (Files.exists(dir.resolve(".thema/journal.yaml"))) journalsAfterKills++;
            tempsAfterKills += temps(dir);
            if (saves > 0 && ready > 0) opMillis.put(mode, Math.max(50, System.currentTimeMillis() - ready)); // about one save
            // what a save acknowledged counts once the SAVED after it arrived: a kill may cut the last line short
            List<String> pending = new ArrayList<>();
            for (String l : lines) {
                if (l.equals("SAVED")) {
                    completed++;
                    for (String a : pending) {
                        if (a.startsWith("ACK ")) {
                            acknowledged.add(a.substring(4));
                            acks++;
                        } else {
                            imported.add(a.substring(9));
                        }
                    }
                    pending.clear();
                } else if (l.startsWith("ACK ") || l.startsWith("IMPORTED ")) {
                    pending.add(l);
                }
            }
            // the next command
            StringWriter err = new StringWriter();
            int rc = Main.run(new String[]{"check", dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            if (rc != 0) {
                corrupted++;
                System.out.println("kill " + (k + 1) + " (" + mode + "): check failed: " + err.toString().strip());
                break;
            }
            int left = temps(dir);
            if (left > 0) System.out.println("kill " + (k + 1) + " (" + mode + "): " + left + " temp files after the next command");
            leftover += left;
            Project q = Project.open(dir);
            Set<String> present = new HashSet<>();
            for (String coder : q.coders()) for (Coding x : q.coder(coder).codings()) present.add(key(coder, x));
            int missing = 0;
            for (String a : acknowledged) if (!present.contains(a)) missing++;
            for (String id : imported) if (q.findDocument(id).isEmpty()) missing++;
            if (missing > lost) System.out.println("kill " + (k + 1) + " (" + mode + "): " + (missing - lost) + " acknowledged codings or imports lost");
            lost = missing;
            if ((k + 1) % 25 == 0) {
                System.out.printf("%d kills, %.0f s: %d saves completed, %d codings and %d imports acknowledged; corrupted %d, lost %d, temp files after the next command %d%n",
                        k + 1, (System.nanoTime() - t0) / 1e9, completed, acks, imported.size(), corrupted, lost, leftover);
            }
        }
        Project q = Project.open(dir);
        int codings = q.coders().stream().mapToInt(x -> q.coder(x).codings().size()).sum();
        System.out.println("kills: " + kills + " " + perMode);
        System.out.println("left by the kills: " + tempsAfterKills + " temp files, " + journalsAfterKills + " journals (finished by the next command)");
        System.out.println("saves completed before the kills: " + completed + "; acknowledged: " + acks + " codings, " + imported.size() + " imports; in the project now: " + codings + " codings, " + q.documents().size() + " documents");
        System.out.println("corrupted projects: " + corrupted + "; lost acknowledged codings or imports: " + lost + "; temp files after the next command: " + leftover);
        System.out.printf("%.0f s; project %s%n", (System.nanoTime() - t0) / 1e9, dir);
        System.exit(corrupted + lost + leftover == 0 ? 0 : 1);
    }

    /** A coding as acknowledged: a rename moves it between the two names of the renamed code, so both count as one. */
    static String key(String coder, Coding c) {
        String code = c.code().equals(RENAMED) ? CODE : c.code();
        return coder + " " + c.doc() + " " + c.start() + " " + c.end() + " " + code;
    }

    static int temps(Path dir) throws java.io.IOException {
        return (int) TestTrees.files(dir).stream().filter(f -> f.getFileName().toString().matches("\\..+\\.[0-9]+\\.tmp")).count();
    }

    static List<String> javaCommand(Path dir, String mode, long seed) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), KillHarness.class.getName(), "child", dir.toString(), mode, String.valueOf(seed));
    }

    /** The child: one kind of save in a loop until it is killed, printing what each save acknowledged. */
    static void child(Path dir, String mode, long seed) throws Exception {
        Random r = new Random(seed);
        Project p = Project.open(dir);
        System.out.println("READY");
        System.out.flush();
        Path scratch = Files.createTempDirectory("thema-kill-child");
        for (int n = 0; ; n++) {
            switch (mode) {
                case "code" -> {
                    String code = p.codebook().contains(CODE) ? CODE : RENAMED;
                    int s = 3 + r.nextInt(TEXT - 10);
                    Coding c = new Coding("d1", s, s + 4, code, "anna", Coding.now());
                    Codings.add(p, "anna", List.of(c), "code");
                    ack("anna", c);
                }
                case "batch" -> {
                    List<Coding> batch = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) {
                        int s = 3 + r.nextInt(TEXT - 10);
                        batch.add(new Coding("d1", s, s + 1 + r.nextInt(8), "care decisions/care route", "ben", Coding.now()));
                    }
                    Codings.addBatch(p, Map.of("ben", batch), "batch");
                    StringBuilder b = new StringBuilder();
                    for (Coding c : batch) b.append("ACK ").append(key("ben", c)).append('\n');
                    System.out.print(b);
                    System.out.flush();
                }
                case "rename" -> cli(p.codebook().contains(CODE) ? new String[]{"rename-code", dir.toString(), CODE, "steps"}
                        : new String[]{"rename-code", dir.toString(), RENAMED, "process"});
                case "pseudonymize" -> {
                    boolean there = p.document("names").text().string().contains("Jan Peeters");
                    Path map = scratch.resolve("map" + n + ".csv");
                    Files.writeString(map, there ? "original,replacement\nJan Peeters,Kim Wouters\n" : "original,replacement\nKim Wouters,Jan Peeters\n");
                    cli("pseudonymize", dir.toString(), "--map", map.toString());
                }
                case "import" -> {
                    String id = "imp-" + Long.toHexString(seed & 0xffffff) + "-" + n;
                    Path f = scratch.resolve(id + ".txt");
                    Files.writeString(f, Bench.transcript(seed + n, 3000));
                    cli("import", dir.toString(), f.toString());
                    System.out.println("IMPORTED " + id);
                    System.out.flush();
                }
                default -> throw new IllegalArgumentException(mode);
            }
            System.out.println("SAVED");
            System.out.flush();
            p.refresh();
        }
    }

    private static void ack(String coder, Coding c) {
        System.out.println("ACK " + key(coder, c));
        System.out.flush();
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int rc = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (rc != 0) throw new IllegalStateException(String.join(" ", args) + ": " + err);
    }
}
