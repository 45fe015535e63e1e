package thema.project;

import java.util.Optional;

/**
 * A problem the user can fix: bad input, a damaged file, a missing document.
 * The message is one line that names the file (or thing) and the problem; the
 * command line prints it as is and exits with status 1. The core says the fact and, where a
 * choice of the user's gets past it, which one ({@link Remedy}); a shell names that choice in
 * its own terms (the command line: the flag to use).
 */
public class ThemaException extends RuntimeException {
    /** A choice that gets past the problem, for a shell to name (a flag, a key). */
    public enum Remedy {
        /** Import the file under another document id. */
        OTHER_ID,
        /** Read the text files in a named encoding. */
        ENCODING,
        /** Choose how an archive's positions are read. */
        POSITIONS,
        /** Import an archive without the sources whose text is missing. */
        SKIP_MISSING,
        /** Compare coders on a finer unit (sentence or character). */
        FINER_UNIT,
        /** Compare coders on a unit that can be resampled (turn or sentence). */
        RESAMPLED_UNIT
    }

    private final Remedy remedy;

    public ThemaException(String message) {
        this(message, (Remedy) null);
    }

    public ThemaException(String message, Remedy remedy) {
        super(message);
        this.remedy = remedy;
    }

    public ThemaException(String message, Throwable cause) {
        super(message, cause);
        this.remedy = cause instanceof ThemaException t ? t.remedy : null;
    }

    public Optional<Remedy> remedy() {
        return Optional.ofNullable(remedy);
    }
}
