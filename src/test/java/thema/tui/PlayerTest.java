package thema.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The player's command line: $THEMA_PLAYER's placeholders, else mpv, ffplay or vlc found on the PATH, in that order. */
class PlayerTest {
    @TempDir
    Path dir;
    final Path file = Path.of("/rec/gesprek 1.mp3");

    Path exe(String name) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin-" + name));
        Path f = Files.writeString(bin.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }

    List<String> command(Map<String, String> env, double start, Double end) {
        return Player.find(env).orElseThrow().command(file, start, end).command();
    }

    @Test
    void thePlayerTemplateFillsItsPlaceholders() {
        Map<String, String> env = Map.of("THEMA_PLAYER", "\"/opt/my player/play\" -s {start} --until={end} {file} --quiet");
        assertEquals(List.of("/opt/my player/play", "-s", "83.500", "--until=90.000", "/rec/gesprek 1.mp3", "--quiet"), command(env, 83.5, 90.0));
        assertEquals(List.of("/opt/my player/play", "-s", "83.500", "/rec/gesprek 1.mp3", "--quiet"), command(env, 83.5, null),
                "no end: the argument naming it goes");
        assertEquals(List.of("play", "--start=1.000", "/rec/gesprek 1.mp3"), command(Map.of("THEMA_PLAYER", "play --start={start}"), 1, null),
                "no {file}: the file goes last");
    }

    @Test
    void mpvFfplayAndVlcInThatOrder() throws IOException {
        Path mpv = exe("mpv"), ffplay = exe("ffplay"), vlc = exe("vlc");
        String all = vlc + ":" + ffplay + ":" + mpv;
        assertEquals(List.of(mpv.resolve("mpv").toString(), "--no-terminal", "--force-window=yes", "--start=4.500", "--end=9.250", file.toString()),
                command(Map.of("PATH", all), 4.5, 9.25));
        assertEquals(List.of(ffplay.resolve("ffplay").toString(), "-loglevel", "quiet", "-autoexit", "-ss", "4.500", "-t", "4.750", file.toString()),
                command(Map.of("PATH", vlc + ":" + ffplay), 4.5, 9.25));
        assertEquals(List.of(vlc.resolve("vlc").toString(), "--play-and-exit", "--start-time=4.500", file.toString()),
                command(Map.of("PATH", vlc.toString()), 4.5, null));
        assertTrue(Player.find(Map.of("PATH", dir.toString())).isEmpty(), "no player");
        assertEquals(83.5, Player.seconds("00:01:23.500"));
        assertEquals(3723.0, Player.seconds("01:02:03.000"));
    }
}
