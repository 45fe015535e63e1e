package thema.tui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import thema.importing.MediaLinks;
import thema.project.Document;
import thema.project.DocumentMeta;
import thema.project.Project;
import thema.project.Turn;

/**
 * Plays part of a recording in an outside player, started detached (no shell, arguments as a
 * list, its output discarded) so the workbench keeps the terminal. The player is
 * {@code $THEMA_PLAYER} when set, a command line with {@code {file}}, {@code {start}} and
 * {@code {end}} (seconds) in it, e.g. {@code mpv --start={start} --end={end} {file}} ("double quotes"
 * keep a word with spaces together); else the first
 * of mpv, ffplay and vlc on the PATH.
 */
final class Player {
    /** What the workbench starts: the command, already filled in. */
    record Launch(List<String> command) {
    }

    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private final String template;
    private final Path builtIn;

    private Player(String template, Path builtIn) {
        this.template = template;
        this.builtIn = builtIn;
    }

    /** The player this environment names or has; empty when there is none. */
    static Optional<Player> find(Map<String, String> env) {
        String t = env.get("THEMA_PLAYER");
        if (t != null && !t.isBlank()) return Optional.of(new Player(t.strip(), null));
        String path = env.getOrDefault("PATH", "");
        for (String name : new String[] {"mpv", "ffplay", "vlc"}) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path exe = Path.of(dir, name);
                if (Files.isRegularFile(exe) && Files.isExecutable(exe)) return Optional.of(new Player(null, exe));
            }
        }
        return Optional.empty();
    }

    /** The command that plays {@code file} from {@code start} seconds until {@code end} (null: to the end). */
    Launch command(Path file, double start, Double end) {
        List<String> out = new ArrayList<>();
        String s = seconds(start), e = end == null ? null : seconds(end);
        if (template != null) {
            boolean hasFile = false;
            for (String arg : words(template)) {
                if (arg.contains("{end}") && e == null) continue; // no end: the argument that names it goes
                hasFile |= arg.contains("{file}");
                out.add(arg.replace("{file}", file.toString()).replace("{start}", s).replace("{end}", e == null ? "" : e));
            }
            if (!hasFile) out.add(file.toString());
            return new Launch(out);
        }
        out.add(builtIn.toString());
        switch (builtIn.getFileName().toString()) {
            case "mpv" -> {
                out.addAll(List.of("--no-terminal", "--force-window=yes", "--start=" + s));
                if (e != null) out.add("--end=" + e);
            }
            case "ffplay" -> {
                out.addAll(List.of("-loglevel", "quiet", "-autoexit", "-ss", s));
                if (e != null) out.addAll(List.of("-t", seconds(end - start)));
            }
            default -> { // vlc
                out.addAll(List.of("--play-and-exit", "--start-time=" + s));
                if (e != null) out.add("--stop-time=" + e);
            }
        }
        out.add(file.toString());
        return new Launch(out);
    }

    /** The words of a command line: split at spaces, "double quotes" keep a word with spaces together. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out;
    }

    /**
     * What {@code p} and {@code P} do on turn {@code turnIndex} (0-based) of {@code doc}, and the
     * status line that says so. p: the turn from its start time to its end (its own, or the next
     * turn's start); P ({@code fromSelection}): from the selection's start {@code selStart} on,
     * placed within the turn by its share of the turn's text when the turn has an end time, and
     * played on. No recording, no file, no time or no player: the line says which, nothing starts.
     */
    static String play(Project project, Document doc, int turnIndex, int selStart, boolean fromSelection, Map<String, String> env) {
        if (doc.turns().isEmpty()) return "";
        Turn t = doc.turns().get(turnIndex);
        DocumentMeta.Media media = doc.meta().media;
        if (media == null) return doc.id() + " has no recording (link one: thema media DIR --doc " + doc.id() + " FILE)";
        Double from = seconds(t.from());
        if (from == null) return "turn " + t.n() + " has no time (times come from .vtt/.srt files and timestamped .txt transcripts)";
        Double until = seconds(t.until());
        if (until == null && turnIndex + 1 < doc.turns().size()) until = seconds(doc.turns().get(turnIndex + 1).from());
        Path file = MediaLinks.resolve(project, media);
        if (!Files.isRegularFile(file)) return "the recording of " + doc.id() + " is not there: " + file;
        Optional<Player> player = find(env);
        if (player.isEmpty()) return "no player found: install mpv, ffplay or vlc, or set THEMA_PLAYER (e.g. \"mpv --start={start} {file}\")";
        double start = from;
        Double end = until != null && until > from ? until : null;
        if (fromSelection) {
            if (end != null && t.end() > t.body()) start = from + (end - from) * (selStart - t.body()) / (double) (t.end() - t.body());
            end = null;
        }
        Launch launch = player.get().command(file, start, end);
        try {
            start(launch);
            return "playing " + file.getFileName() + " from " + seconds(start) + " s" + (end == null ? "" : " to " + seconds(end) + " s");
        } catch (IOException e) {
            return "cannot start the player " + launch.command().get(0) + " (" + e.getMessage() + ")";
        }
    }

    /** Starts the player and returns at once; its output goes nowhere, it reads nothing of ours. */
    static void start(Launch l) throws IOException {
        Process p = new ProcessBuilder(l.command())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.getOutputStream().close();
    }

    /** "HH:MM:SS.mmm" (as turns keep their times) in seconds; null when there is no time. */
    static Double seconds(String time) {
        if (time == null) return null;
        String[] parts = time.split(":");
        double s = 0;
        try {
            for (String x : parts) s = s * 60 + Double.parseDouble(x);
        } catch (NumberFormatException e) {
            return null;
        }
        return s;
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
