package thema.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The one helper of the tests for trees of files: list, snapshot, copy, measure and delete them. */
public final class TestTrees {
    private TestTrees() {
    }

    /** Every regular file under {@code dir}, sorted; none when it is absent. */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Every project file (derived data left out) with its bytes, each byte as one character (so a
     * file that is not UTF-8 is compared too): equal before and after means nothing changed.
     */
    public static String snapshot(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Path f : files(dir)) {
            if (dir.relativize(f).startsWith(Project.DERIVED)) continue;
            b.append(dir.relativize(f)).append('\n').append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).append('\n');
        }
        return b.toString();
    }

    /** Copies the tree {@code from} into {@code to}; without {@code derived}, the .thema folder is left out. */
    public static Path copy(Path from, Path to, boolean derived) throws IOException {
        for (Path f : files(from)) {
            Path rel = from.relativize(f);
            if (!derived && rel.startsWith(Project.DERIVED)) continue;
            Path t = to.resolve(rel.toString());
            Files.createDirectories(t.getParent());
            Files.copy(f, t);
        }
        Files.createDirectories(to);
        return to;
    }

    /** The bytes of every file under {@code dir}. */
    public static long size(Path dir) throws IOException {
        long n = 0;
        for (Path f : files(dir)) n += Files.size(f);
        return n;
    }

    /** Deletes {@code dir} and everything in it; an absent one is no error. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
