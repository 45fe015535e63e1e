package thema.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The workbench in a real terminal: keypress to settled screen, beside {@code less} on the same
 * transcript in the same harness and run.
 *   scripts/bench TerminalBench [rounds] [keys-per-round]
 * Both programs run in a private tmux server (120×40). One tmux control-mode client sends each key
 * ({@code send-keys}, no process started per key) and receives the pane's output as {@code %output}
 * lines; a key's latency is the time from sending it to the last output byte before 40 ms of quiet,
 * its size the bytes the program wrote for it. Rounds alternate thema and less, so a busy machine
 * slows both alike; medians and p99 over all keys, and the ratio of the medians. The workbench gets
 * 300 unmeasured keys first (a coding session is long; less needs no warming up).
 */
public final class TerminalBench {
    private static final long QUIET_MS = 40;
    private static final int WARM_UP_KEYS = 300;
    private static final int COLUMNS = 120;
    private static final int ROWS = 40;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path tmp = Files.createTempDirectory("thema-terminal-bench");
        Path project = tmp.resolve("long");
        Bench.codedProject(project, 1, 20_000, 400, "anna");
        Path text;
        try (var docs = Files.list(project.resolve("documents"))) {
            text = docs.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        String launcher = Path.of("thema").toAbsolutePath().toString();
        run(List.of(launcher, "--version")); // builds the jar and its archive first
        // the same gestures in each: next line or turn, a page down, back to the top now and then
        List<String> themaKeys = List.of("Down", "Down", "Down", "NPage", "Down", "Up", "Down", "NPage", "Down", "Home");
        List<String> lessKeys = List.of("Down", "Down", "Down", "NPage", "Down", "Up", "Down", "NPage", "Down", "Home");

        List<Long> themaNs = new ArrayList<>(), lessNs = new ArrayList<>();
        List<Long> themaBytes = new ArrayList<>(), lessBytes = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            try (Pane p = Pane.start(launcher + " tui '" + project + "' --coder anna")) {
                p.settle(2000);
                p.key("Enter"); // documents → the transcript
                p.settle(500);
                // a coder's session is long: measure the warmed-up workbench, as the JIT leaves it
                p.measure(themaKeys, WARM_UP_KEYS, new ArrayList<>(), new ArrayList<>());
                p.measure(themaKeys, keys, themaNs, themaBytes);
            }
            try (Pane p = Pane.start("less '" + text + "'")) {
                p.settle(500);
                p.measure(lessKeys, keys, lessNs, lessBytes);
            }
        }
        long[] t = themaNs.stream().mapToLong(Long::longValue).toArray();
        long[] l = lessNs.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("keypress → settled screen, 20,000-word transcript, %d×%d tmux pane, %d rounds × %d keys%n", COLUMNS, ROWS, rounds, keys);
        System.out.printf("  thema workbench: p50 %.1f ms, p90 %.1f, p99 %.1f; %.0f bytes per key (median)%n",
                Bench.percentileMs(t, 50), Bench.percentileMs(t, 90), Bench.percentileMs(t, 99), median(themaBytes));
        System.out.printf("  less:            p50 %.1f ms, p90 %.1f, p99 %.1f; %.0f bytes per key (median)%n",
                Bench.percentileMs(l, 50), Bench.percentileMs(l, 90), Bench.percentileMs(l, 99), median(lessBytes));
        System.out.printf("  ratio thema / less: p50 %.2f×, p99 %.2f×%n",
                Bench.percentileMs(t, 50) / Bench.percentileMs(l, 50), Bench.percentileMs(t, 99) / Bench.percentileMs(l, 99));
    }

    private static double median(List<Long> xs) {
        long[] a = xs.stream().mapToLong(Long::longValue).sorted().toArray();
        return a.length == 0 ? 0 : a[a.length / 2];
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException("failed: " + command);
    }

    /** One program in a private tmux server, with a control-mode client that sends keys and reads output. */
    private static final class Pane implements AutoCloseable {
        private final String socket;
        private final Process control;
        private final Writer commands;
        /** Arrival time (nanoTime) and decoded byte count of each %output line. */
        private final LinkedBlockingQueue<long[]> output = new LinkedBlockingQueue<>();

        private Pane(String socket, Process control) {
            this.socket = socket;
            this.control = control;
            this.commands = new OutputStreamWriter(control.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::read, "tmux-control");
            reader.setDaemon(true);
            reader.start();
        }

        static Pane start(String shellCommand) throws IOException, InterruptedException {
            String socket = "thema-bench-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
            run(List.of("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "b",
                    "-x", String.valueOf(COLUMNS), "-y", String.valueOf(ROWS), shellCommand));
            run(List.of("tmux", "-L", socket, "set-option", "-g", "window-size", "manual"));
            Process control = new ProcessBuilder("tmux", "-L", socket, "-C", "attach", "-t", "b")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return new Pane(socket, control);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(control.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    long now = System.nanoTime();
                    if (line.startsWith("%output ")) {
                        int data = line.indexOf(' ', "%output ".length());
                        output.add(new long[] {now, decodedLength(line.substring(data + 1))});
                    }
                }
            } catch (IOException ignored) {
                // the client went away with its server
            }
        }

        /** tmux writes bytes below 32 and the backslash as \ooo: count them as one byte each. */
        private static long decodedLength(String s) {
            long n = 0;
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < b.length; i++, n++) if (b[i] == '\\') i += 3;
            return n;
        }

        void key(String key) throws IOException {
            commands.write("send-keys -t b " + key + "\n");
            commands.flush();
        }

        /** Waits until the program has written nothing for quietMs; returns the last output's time and bytes. */
        long[] settle(long quietMs) throws InterruptedException {
            long last = -1, bytes = 0;
            while (true) {
                long[] o = output.poll(quietMs, TimeUnit.MILLISECONDS);
                if (o == null) return new long[] {last, bytes};
                last = o[0];
                bytes += o[1];
            }
        }

        void measure(List<String> gestures, int keys, List<Long> nanos, List<Long> bytes) throws IOException, InterruptedException {
            for (int i = 0; i < keys; i++) {
                output.clear();
                long sent = System.nanoTime();
                key(gestures.get(i % gestures.size()));
                long[] s = settle(QUIET_MS);
                if (s[0] < 0) continue; // the key changed nothing on the screen (at the top, say)
                nanos.add(s[0] - sent);
                bytes.add(s[1]);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                run(List.of("tmux", "-L", socket, "kill-server"));
            } catch (InterruptedException | IllegalStateException e) {
                // already gone
            }
            control.destroy();
        }
    }

    private TerminalBench() {
    }
}
