package thema.tui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import thema.project.Project;
import thema.project.Yaml;

/**
 * The codes a coder pinned to the keys 1-9, kept across sessions in .thema/pins/CODER.yaml: a
 * convenience beside the derived data, so a missing or damaged file only brings the defaults back.
 */
final class Pins {
    static final int KEYS = 9;

    private Pins() {
    }

    static String relativePath(String coder) {
        return Project.DERIVED + "/pins/" + coder + ".yaml";
    }

    /** The saved pins that are still codes of the codebook; without a saved file, the first nine leaf codes. */
    static String[] load(Project p, String coder) {
        String[] pins = new String[KEYS];
        Path f = p.dir().resolve(relativePath(coder));
        if (Files.exists(f)) {
            try {
                String[] saved = Yaml.read(f, String[].class);
                for (int i = 0; i < Math.min(KEYS, saved.length); i++) {
                    if (saved[i] != null && p.codebook().contains(saved[i])) pins[i] = saved[i];
                }
                return pins;
            } catch (RuntimeException e) {
                // damaged: fall back to the defaults below
            }
        }
        List<String> paths = p.codebook().paths();
        for (int i = 0, k = 0; i < paths.size() && k < KEYS; i++) {
            if (p.codebook().childrenOf(paths.get(i)).isEmpty()) pins[k++] = paths.get(i);
        }
        return pins;
    }

    static void save(Project p, String coder, String[] pins) {
        p.write(ch -> ch.file(relativePath(coder), Yaml.write(Arrays.asList(pins))));
    }
}
