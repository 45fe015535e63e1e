package thema.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import thema.project.DocumentMeta;
import thema.project.Project;
import thema.project.ThemaException;

/**
 * The recording beside a transcript: linked at import ({@code --media FILE}), found beside a
 * .vtt/.srt of the same base name, or set later ({@code thema media}). The project keeps the
 * path relative to itself and the recording's SHA-256; the recording itself stays where it is.
 */
public final class MediaLinks {
    /** Recording extensions looked for beside a subtitle file, in this order. */
    public static final List<String> EXTENSIONS = List.of("mp3", "m4a", "wav", "ogg", "opus", "flac", "aac", "wma",
            "mp4", "m4v", "mov", "mkv", "webm", "avi");

    private MediaLinks() {
    }

    /** The link to {@code file} for project {@code p}: its path relative to the project and its SHA-256. */
    public static DocumentMeta.Media link(Project p, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = String.valueOf(abs.getFileName());
        if (!Files.exists(abs)) throw new ThemaException(file + ": no such recording");
        if (!Files.isRegularFile(abs)) throw new ThemaException(file + ": not a file (a recording is an audio or video file)");
        String ext = extension(name);
        if (!EXTENSIONS.contains(ext)) {
            throw new ThemaException(file + ": not a recording thema knows (expected ." + String.join(", .", EXTENSIONS) + ")");
        }
        return new DocumentMeta.Media(relative(p.dir(), abs), sha256(abs));
    }

    /** The recording of the same base name beside a .vtt/.srt ({@code interview.vtt}: {@code interview.mp3}, ...), if any. */
    public static Optional<Path> beside(Path subtitles) {
        String name = String.valueOf(subtitles.getFileName());
        String ext = extension(name);
        if (!ext.equals("vtt") && !ext.equals("srt")) return Optional.empty();
        String base = name.substring(0, name.length() - ext.length() - 1);
        Path dir = subtitles.toAbsolutePath().getParent();
        for (String e : EXTENSIONS) {
            for (String x : new String[] {e, e.toUpperCase(Locale.ROOT)}) {
                Path candidate = dir.resolve(base + "." + x);
                if (Files.isRegularFile(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Where the linked recording is on this machine. */
    public static Path resolve(Project p, DocumentMeta.Media m) {
        return p.dir().resolve(m.path()).normalize();
    }

    /** Whether the recording is there and still has the bytes it had when linked: "ok", "missing" or "changed". */
    public static String check(Project p, DocumentMeta.Media m) {
        Path f = resolve(p, m);
        if (!Files.isRegularFile(f)) return "missing";
        return m.sha256() == null || m.sha256().equalsIgnoreCase(sha256(f)) ? "ok" : "changed";
    }

    static String relative(Path projectDir, Path abs) {
        try {
            return projectDir.relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return abs.toString(); // another drive: nothing relative to say
        }
    }

    /** SHA-256 of a file read as a stream: a recording can be gigabytes. */
    static String sha256(Path f) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // the digest sees every byte read
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ThemaException(f + ": cannot read the recording (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
