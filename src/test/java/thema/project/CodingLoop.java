package thema.project;

import thema.coding.Codings;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** A child process for crash and lock tests: adds codings one at a time, printing each count. */
public final class CodingLoop {
    public static void main(String[] args) {
        Project p = Project.open(Path.of(args[0]));
        String coder = args[1];
        int n = Integer.parseInt(args[2]);
        int offset = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        for (int i = 0; i < n; i++) {
            int s = 3 + ((offset + i) % 2000) * 5;
            Codings.add(p, coder, List.of(new Coding("d1", s, s + 4, "care decisions", coder, "t")), "loop");
            System.out.println(i + 1);
            System.out.flush();
        }
    }

    static Process start(Path dir, String coder, int n, int... offset) throws java.io.IOException {
        List<String> args = new java.util.ArrayList<>(List.of(dir.toString(), coder, String.valueOf(n)));
        if (offset.length > 0) args.add(String.valueOf(offset[0]));
        return child(CodingLoop.class, dir, args);
    }

    /** A JVM running {@code main} of {@code type} with this test's class path; its stderr goes to a file in {@code dir}. */
    static Process child(Class<?> type, Path dir, List<String> args) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), type.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectError(new File(dir.toFile(), "child-" + System.nanoTime() + ".err")).start();
    }
}
