package thema.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import thema.project.Codebook;
import thema.project.TestProjects;

/** codebook.yaml as a hand edit may leave it: read, or refused in one line naming the file. */
class CodebookFuzzTest {
    static final List<String> YAML = List.of("codes:", "codes: ", "\n", "\n", "\n  ", "\n    ", "\n      ", "- ", "- name: ", "name: ", "  - name: ",
            "children:", "children: ", "exclusive: true", "exclusive: false", "exclusive: maybe", "description: ", "include: ", "exclude: ",
            "example: ", "color: ", "\"#1f77b4\"", "#1f77b4", "#zzz", "care route", "care/route", "Care Route", "care-route", "a", "b", "a",
            "[", "]", "{", "}", ", ", ": ", "&a ", "*a", "!!binary ", "!!int ", "!foo ", "---", "...", "\"", "'", "? ", "|", ">", "%YAML 1.1\n",
            "\t", "1.5", "0x10", "1e3", "99999999999999999999", "~", "null", "[]", "{}", "2001-01-01", "😊", "\u0000", "\ufeff", "colour: red");

    @Test
    void codebooksAreReadOrRefusedInOneLine() {
        byte[] valid = TestProjects.careCodebook().toYaml();
        Arbitrary<byte[]> made = Fuzz.pieces(YAML, 50).map(s -> s.getBytes(StandardCharsets.UTF_8));
        // a valid codebook with a hand edit: a piece put in, or a stretch cut out, or one byte changed
        Arbitrary<byte[]> edited = Combinators.combine(Arbitraries.integers().between(0, valid.length), Arbitraries.integers().between(0, 40),
                Arbitraries.of(YAML), Arbitraries.integers().between(0, 2), Arbitraries.bytes()).as((at, cut, piece, how, b) -> {
                    String s = new String(valid, StandardCharsets.UTF_8);
                    int i = Math.min(at, s.length());
                    return switch (how) {
                        case 0 -> (s.substring(0, i) + piece + s.substring(i)).getBytes(StandardCharsets.UTF_8);
                        case 1 -> (s.substring(0, i) + s.substring(Math.min(s.length(), i + cut))).getBytes(StandardCharsets.UTF_8);
                        default -> {
                            byte[] c = valid.clone();
                            c[Math.min(at, c.length - 1)] = b;
                            yield c;
                        }
                    };
                });
        Fuzz.run("codebook.yaml", Arbitraries.oneOf(made, edited), b -> Codebook.parse("codebook.yaml", b));
    }
}
