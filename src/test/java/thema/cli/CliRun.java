package thema.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;

/** One run of the command line in this process: its exit status and what it printed. The one way tests call thema. */
public record CliRun(int rc, String out, String err) {
    /** Runs {@code thema ARGS...}; each argument is turned into a string (paths, numbers). */
    public static CliRun thema(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] a = Stream.of(args).map(String::valueOf).toArray(String[]::new);
        int rc = Main.run(a, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(rc, out.toString(), err.toString());
    }
}
