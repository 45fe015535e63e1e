package thema.project;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Saving a coder's file in time proportional to the change. The YAML of a coder's file is a
 * header (coder, done) and one block per coding, each written the same whatever its neighbours,
 * so when the bytes on disk are known to be exactly what {@link Yaml#write} made of the codings
 * before, the new file is those bytes with the blocks of removed codings cut out and those of
 * new ones written in: the same bytes as writing the whole file, for the price of a copy.
 */
public final class CoderFileYaml {
    private static final byte[] ITEM = "\n  - doc: ".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CODINGS = "\ncodings:\n".getBytes(StandardCharsets.UTF_8);

    private CoderFileYaml() {
    }

    /**
     * The YAML of {@code after}, made from {@code beforeBytes}, which must be {@code Yaml.write(before)};
     * null when they do not have that shape after all (then write it whole).
     */
    public static byte[] splice(CoderFile before, byte[] beforeBytes, CoderFile after) {
        if (before.codings().isEmpty() || after.codings().isEmpty() || !before.coder().equals(after.coder())) return null;
        int[] starts = blocks(beforeBytes, before.codings().size());
        if (starts == null) return null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(beforeBytes.length + 4096);
        out.writeBytes(header(after));
        List<Coding> old = before.codings(), now = after.codings();
        int i = 0;
        for (Coding c : now) {
            while (i < old.size() && Coding.ORDER.compare(old.get(i), c) < 0) i++; // removed
            if (i < old.size() && old.get(i).equals(c)) {
                int end = i + 1 < starts.length ? starts[i + 1] : beforeBytes.length;
                out.write(beforeBytes, starts[i], end - starts[i]);
                i++;
            } else {
                out.writeBytes(block(after.coder(), c));
            }
        }
        return out.toByteArray();
    }

    /** Where each coding's block starts (just after its line break), or null when the count differs from {@code n}. */
    private static int[] blocks(byte[] b, int n) {
        int from = indexOf(b, CODINGS, 0);
        if (from < 0) return null;
        int[] starts = new int[n];
        int k = 0;
        for (int at = from + CODINGS.length - 1; (at = indexOf(b, ITEM, at)) >= 0; at += ITEM.length) {
            if (k == n) return null;
            starts[k++] = at + 1;
        }
        return k == n ? starts : null;
    }

    /** "coder: ...", "done: ..." and "codings:", as the whole file begins. */
    private static byte[] header(CoderFile f) {
        byte[] b = Yaml.write(new CoderFile(f.coder(), f.done(), List.of(f.codings().get(0))));
        int at = indexOf(b, CODINGS, 0);
        return java.util.Arrays.copyOf(b, at + CODINGS.length);
    }

    /** One coding's block, as it is written inside the whole file. */
    private static byte[] block(String coder, Coding c) {
        byte[] b = Yaml.write(new CoderFile(coder, List.of(), List.of(c)));
        int at = indexOf(b, CODINGS, 0) + CODINGS.length;
        return java.util.Arrays.copyOfRange(b, at, b.length);
    }

    private static int indexOf(byte[] b, byte[] what, int from) {
        byte first = what[0];
        outer:
        for (int i = Math.max(0, from), last = b.length - what.length; i <= last; i++) {
            if (b[i] != first) continue;
            for (int j = 1; j < what.length; j++) if (b[i + j] != what[j]) continue outer;
            return i;
        }
        return -1;
    }
}
