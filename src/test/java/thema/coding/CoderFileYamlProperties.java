package thema.coding;

import thema.project.CoderFile;
import thema.project.CoderFileYaml;
import thema.project.Coding;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import thema.project.Yaml;

/** A save that splices the blocks of a coder's file gives exactly the bytes of writing the whole file. */
class CoderFileYamlProperties {
    /** Texts that make YAML quote, escape, fold or break lines, and ones that look like a coding's first line. */
    private static final String[] AWKWARD = {"plain words", "a: b", "# not a comment", " leading", "trailing ", "\"quoted\"", "it's",
            "line\nbreak", "\n  - doc: t01", "- doc: x", "true", "null", "123", "00:01:02.5", "2026-01-01T00:00:00Z", "é😊 ü", "",
            "a long memo with many words that goes on and on past the width at which the emitter folds a line, and then some more words",
            "tab\there", "{braces}", "[list]", "&anchor", "*alias", "!tag", "%percent", "@at", "`tick`", "|", ">", "--- x", "..."};

    @Provide
    Arbitrary<Coding> codings() {
        Arbitrary<String> doc = Arbitraries.of("t01", "t02", "school-03", "d.4");
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 400);
        Arbitrary<Integer> len = Arbitraries.integers().between(1, 50);
        Arbitrary<String> code = Arbitraries.of("care decisions", "care decisions/care route", "communication/two-way", "a: b/c", "über/ça");
        Arbitrary<String> memo = Arbitraries.oneOf(Arbitraries.of(AWKWARD), Arbitraries.strings().ofMaxLength(30)).injectNull(0.5);
        Arbitrary<Boolean> key = Arbitraries.of(Boolean.TRUE).injectNull(0.7);
        return Combinators.combine(doc, start, len, code, memo, key)
                .as((d, s, l, c, m, k) -> new Coding(d, s, s + l, c, m, k, "anna", "2026-01-01T00:00:00Z"));
    }

    @Property(tries = 300)
    void aSplicedFileIsTheWholeFileWritten(@ForAll("lists") List<Coding> before, @ForAll("lists") List<Coding> added,
                                            @ForAll("picks") List<Integer> removed, @ForAll("picksOfDone") List<String> done) {
        CoderFile old = new CoderFile("anna", done.size() > 2 ? List.of("t01") : List.of(), before);
        List<Coding> next = new ArrayList<>(old.codings());
        for (int r : removed) if (!next.isEmpty()) next.remove(r % next.size());
        next.addAll(added);
        CoderFile now = new CoderFile("anna", done.size() > 1 ? List.of("t01", "t02") : List.of(), next);
        byte[] spliced = CoderFileYaml.splice(old, Yaml.write(old), now);
        if (spliced != null) assertArrayEquals(Yaml.write(now), spliced, new String(spliced, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<List<Coding>> lists() {
        return codings().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> picksOfDone() {
        return Arbitraries.of("t01").list().ofMaxSize(3);
    }

    @Test
    void anOrdinaryFileIsSplicedNotWrittenWhole() {
        List<Coding> list = new ArrayList<>();
        for (int i = 0; i < 1000; i++) list.add(new Coding("t01", i * 3, i * 3 + 2, "care decisions/care route", i % 7 == 0 ? AWKWARD[i % AWKWARD.length] : null, null, "anna", "2026-01-01T00:00:00Z"));
        CoderFile old = new CoderFile("anna", List.of("t01"), list);
        List<Coding> next = new ArrayList<>(list);
        next.remove(500);
        next.add(new Coding("t01", 7, 9, "communication/two-way", "a memo: with a colon", null, "anna", "2026-01-02T00:00:00Z"));
        CoderFile now = new CoderFile("anna", List.of(), next);
        byte[] spliced = CoderFileYaml.splice(old, Yaml.write(old), now);
        assertNotNull(spliced, "the blocks of an ordinary file are found");
        assertArrayEquals(Yaml.write(now), spliced);
    }
}
