package thema.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import thema.project.ThemaException;

/**
 * Feeds generated inputs to one target and fails on anything but the one-line error type.
 * CI runs {@link #DEFAULT_TRIES} per target; {@code -Dthema.fuzz.tries=10000} the full count, and
 * {@code -Dthema.fuzz.show=N} prints the first N refusals (to see that the inputs get past the first check).
 */
final class Fuzz {
    static final int DEFAULT_TRIES = 300;

    private Fuzz() {
    }

    static int tries() {
        return Integer.getInteger("thema.fuzz.tries", DEFAULT_TRIES);
    }

    /** Runs {@code body} on {@link #tries()} inputs; a ThemaException must be one line, anything else fails with the input. */
    static <T> void run(String target, Arbitrary<T> inputs, Consumer<T> body) {
        AtomicInteger refused = new AtomicInteger();
        int n = tries();
        JqwikSession.run(() -> inputs.sampleStream().limit(n).forEach(input -> {
            try {
                body.accept(input);
            } catch (ThemaException e) {
                if (refused.incrementAndGet() <= Integer.getInteger("thema.fuzz.show", 0)) System.out.println("  " + target + ": " + e.getMessage());
                if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                    fail(target + ": not one line for " + show(input) + ": " + e.getMessage());
                }
            } catch (Throwable t) {
                throw new AssertionError(target + ": " + t + " for " + show(input), t);
            }
        }));
        System.out.println("fuzz " + target + ": " + n + " inputs, " + refused.get() + " refused with one line, no other exception");
    }

    private static String show(Object input) {
        String s = input instanceof byte[] b ? java.util.HexFormat.of().formatHex(b, 0, Math.min(b.length, 2000)) : String.valueOf(input);
        s = s.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0");
        return "'" + (s.length() > 2000 ? s.substring(0, 2000) + "..." : s) + "'";
    }

    /** Strings made of these pieces, up to {@code max} of them, plus a few raw characters between. */
    static Arbitrary<String> pieces(List<String> pieces, int max) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(pieces)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("\"'()[]{}:*?~^-+!/\\&|#<>,.\n\t \u00e9\u00df\u201c\ud83d\ude0a\u0000\ufeff\u00a0").ofMaxLength(4)));
        return piece.list().ofMaxSize(max).map(l -> String.join("", l));
    }
}
