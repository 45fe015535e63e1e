package thema.tui;

import java.util.Arrays;
import java.util.List;
import thema.project.Codebook;
import thema.project.FileKind;
import thema.project.Project;
import thema.project.Yaml;

/**
 * The codes a coder pinned to the keys 1-9, kept across sessions in .thema/pins/CODER.yaml: a
 * convenience beside the derived data, so a missing or damaged file only brings the defaults back.
 * A pinned code follows a rename.
 */
final class Pins {
    static final int KEYS = 9;

    /** The kind of file: derived; damaged, it counts as missing. */
    static final FileKind<String[]> KIND = FileKind.derived("pins", Project.DERIVED + "/pins/*.yaml", String[].class)
            .withWriter(pins -> Yaml.write(Arrays.asList(pins)))
            .withRepath(Pins::repath)
            .byCoder();

    private Pins() {
    }

    static String relativePath(String coder) {
        return KIND.relative(coder);
    }

    /** The saved pins that are still codes of the codebook; without a saved file, the first nine leaf codes. */
    static String[] load(Project p, String coder) {
        String[] pins = new String[KEYS];
        String[] saved = p.read(KIND, coder);
        if (saved != null) {
            for (int i = 0; i < Math.min(KEYS, saved.length); i++) {
                if (saved[i] != null && p.codebook().contains(saved[i])) pins[i] = saved[i];
            }
            return pins;
        }
        List<String> paths = p.codebook().paths();
        for (int i = 0, k = 0; i < paths.size() && k < KEYS; i++) {
            if (p.codebook().childrenOf(paths.get(i)).isEmpty()) pins[k++] = paths.get(i);
        }
        return pins;
    }

    static void save(Project p, String coder, String[] pins) {
        p.write(ch -> ch.put(KIND, coder, pins.clone()));
    }

    private static String[] repath(String[] pins, String from, String to) {
        if (Arrays.stream(pins).noneMatch(c -> c != null && Codebook.isSelfOrDescendant(c, from))) return pins;
        return Arrays.stream(pins).map(c -> c == null ? null : Codebook.repath(c, from, to)).toArray(String[]::new);
    }
}
