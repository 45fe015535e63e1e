package thema.project;

import thema.coding.Coding;
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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CodingLoop.class.getName(), dir.toString(), coder, String.valueOf(n)));
        if (offset.length > 0) cmd.add(String.valueOf(offset[0]));
        return new ProcessBuilder(cmd).redirectError(new File(dir.toFile(), "child-" + System.nanoTime() + ".err")).start();
    }
}
