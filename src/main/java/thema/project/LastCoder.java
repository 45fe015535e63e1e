package thema.project;

import java.util.Optional;

/**
 * The coder who last opened the workbench on this machine, the workbench's default coder. Kept in
 * .thema/last_coder (derived, ignored by git), so a pull never hands one coder's name to another
 * and thema.yaml does not change when someone opens the workbench. A project from before this
 * keeps {@code last_coder} in thema.yaml: read as the fallback, never written again.
 */
public final class LastCoder {
    static final String FILE = Project.DERIVED + "/last_coder";

    private LastCoder() {
    }

    /**
     * The one rule for who works when no coder is named (the workbench, codebook edits): the coder
     * named, else the last coder to open the workbench on this machine, else the login name made
     * a coder name (what a name may not hold becomes '-'), else "coder".
     */
    public static String orDefault(Project p, String named) {
        if (named != null) return named;
        return read(p).orElseGet(() -> {
            String user = System.getProperty("user.name", "").replaceAll("[^\\p{L}\\p{N}._-]", "-").replaceFirst("^[._-]+", "");
            return user.isEmpty() ? "coder" : user;
        });
    }

    public static Optional<String> read(Project p) {
        return saved(p).or(() -> Optional.ofNullable(p.config().lastCoder));
    }

    /** Records {@code coder} as the last one; writes only when the file does not already say so. */
    public static void remember(Project p, String coder) {
        Project.checkName("coder", coder);
        if (saved(p).equals(Optional.of(coder))) return;
        p.write(ch -> ch.put(FileKinds.LAST_CODER, coder));
    }

    /** The saved name; a convenience, so a damaged file counts as a missing one ({@link FileKinds#LAST_CODER} is derived). */
    private static Optional<String> saved(Project p) {
        return Optional.ofNullable(p.read(FileKinds.LAST_CODER));
    }
}
