package thema.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import thema.project.TestProjects;

/**
 * Start-up of whole thema processes through the launcher, beside the bare JVM ({@code java -version})
 * in the same run: each round runs every command once, in turn, so a busy machine slows all alike.
 * Prints the median wall time of each and its ratio to the bare JVM.
 *   scripts/bench StartupBench [rounds]
 */
public final class StartupBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Path tmp = Files.createTempDirectory("thema-startup");
        Path project = TestProjects.copyExample("care-study", tmp.resolve("care-study")).dir();
        String launcher = Path.of("thema").toAbsolutePath().toString();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -version (bare JVM)", List.of("java", "-version"));
        commands.put("thema --help", List.of(launcher, "--help"));
        commands.put("thema counts --help", List.of(launcher, "counts", "--help"));
        commands.put("thema counts P (6 documents)", List.of(launcher, "counts", project.toString()));
        commands.put("thema search P care", List.of(launcher, "search", project.toString(), "care"));
        commands.put("thema quotes P --code two-way", List.of(launcher, "quotes", project.toString(), "--code", "two-way"));
        commands.put("thema counts P, no archive", List.of("env", "THEMA_CDS=0", launcher, "counts", project.toString()));
        for (List<String> c : commands.values()) run(c); // builds the jar and its archive once, warms the disk cache
        Map<String, long[]> wall = new LinkedHashMap<>();
        Map<String, long[]> cpu = new LinkedHashMap<>();
        for (String k : commands.keySet()) {
            wall.put(k, new long[rounds]);
            cpu.put(k, new long[rounds]);
        }
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, List<String>> e : commands.entrySet()) {
                long cpu0 = childrenCpuNanos();
                wall.get(e.getKey())[r] = run(e.getValue());
                cpu.get(e.getKey())[r] = childrenCpuNanos() - cpu0;
            }
        }
        String first = commands.keySet().iterator().next();
        double wallBase = Bench.percentileMs(wall.get(first), 50);
        double cpuBase = Math.max(10, Bench.percentileMs(cpu.get(first), 50)); // CPU is counted in 10 ms ticks
        System.out.printf("Start-up, medians of %d alternating rounds (this machine: %d cores)%n", rounds,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  %-32s %8s %7s %8s %7s%n", "command", "wall", "ratio", "CPU", "ratio");
        for (String k : commands.keySet()) {
            double w = Bench.percentileMs(wall.get(k), 50);
            double c = Bench.percentileMs(cpu.get(k), 50);
            System.out.printf("  %-32s %5.0f ms %6.1fx %5.0f ms %6.1fx%n", k, w, w / wallBase, c, c / cpuBase);
        }
        System.out.println("(ratios to the bare JVM in the same rounds; CPU is user+system of the processes, in 10 ms ticks)");
    }

    /** User and system time of this process's ended children (Linux /proc/self/stat, fields 16 and 17). */
    private static long childrenCpuNanos() throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L; // fields 16, 17 counted from 3; 100 ticks/s
    }

    private static long run(List<String> command) throws Exception {
        List<String> c = new ArrayList<>(command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(c).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", c) + " (run it by hand to see why)");
        }
        return System.nanoTime() - t0;
    }

    private StartupBench() {
    }

    static {
        // the launcher is run from the project root, as scripts/bench does
        if (!new File("thema").canExecute()) throw new IllegalStateException("run from the project root: scripts/bench StartupBench");
    }
}
