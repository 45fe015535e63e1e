package thema.project;

/**
 * A problem the user can fix: bad input, a damaged file, a missing document.
 * The message is one line that names the file (or thing) and the problem; the
 * command line prints it as is and exits with status 1.
 */
public class ThemaException extends RuntimeException {
    public ThemaException(String message) {
        super(message);
    }

    public ThemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
