package thema.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import thema.cli.CliRun;
import thema.project.Codebook;
import thema.project.Project;
import thema.project.TestProjects;

/** Every language family thema stems: a plural, a verb form and an accented form found by another form of the word. */
class LanguagesTest {
    @TempDir
    Path dir;

    /** language, transcript, then pairs of (query, the word it must find as written). */
    static Stream<Arguments> families() {
        return Stream.of(
                // Germanic
                Arguments.of("de", "Lehrerin: Die Häuser sind alt. Du spielst gern mit den Kindern.",
                        List.of("Kind", "Kindern", "spielen", "spielst", "Haus", "Häuser")),
                Arguments.of("nl", "Leerkracht: De kinderen werkten in de klassen. Het kindje wilde naar de cafés.",
                        List.of("klas", "klassen", "werken", "werkten", "kind", "kindje", "café", "cafés")),
                Arguments.of("sv", "Lärare: Lärarna arbetade med flickorna.",
                        List.of("flicka", "flickorna", "arbetar", "arbetade", "lärare", "Lärarna")),
                Arguments.of("da", "Lærer: Lærerne arbejdet med børnene på skolerne.",
                        List.of("skole", "skolerne", "arbejder", "arbejdet", "lærer", "Lærerne")),
                Arguments.of("no", "Lærer: Jentene snakket om båtene.",
                        List.of("jente", "Jentene", "snakker", "snakket", "båt", "båtene")),
                Arguments.of("en", "Teacher: The parents were informed about the cafés.",
                        List.of("parent", "parents", "inform", "informed", "café", "cafés")),
                // Romance (with elision: l'école is found by école)
                Arguments.of("fr", "Enseignante: Les étudiantes parlaient de l'école.",
                        List.of("étudiante", "étudiantes", "parler", "parlaient", "écoles", "l'école")),
                Arguments.of("es", "Profesora: Hablaban de las canciones en las escuelas.",
                        List.of("escuela", "escuelas", "hablar", "Hablaban", "canción", "canciones")),
                Arguments.of("pt", "Professora: Falavam das histórias das escolas.",
                        List.of("escola", "escolas", "falar", "Falavam", "história", "histórias")),
                Arguments.of("it", "Insegnante: Parlavamo dell'università con gli studenti.",
                        List.of("studente", "studenti", "parlare", "Parlavamo", "università", "dell'università")),
                Arguments.of("ro", "Profesoară: Elevii vorbeau despre școlile lor.",
                        List.of("elev", "Elevii", "vorbesc", "vorbeau", "școli", "școlile")),
                Arguments.of("ca", "Mestra: Parlàvem de les escoles i de l'alumne.",
                        List.of("escola", "escoles", "parlar", "Parlàvem", "alumnes", "l'alumne")),
                // Slavic (Lucene's Czech and Bulgarian stemmers are for nouns and adjectives)
                Arguments.of("ru", "Учитель: Дети говорили о школах и о ёлке.",
                        List.of("школа", "школах", "говорить", "говорили", "ёлка", "ёлке")),
                Arguments.of("cs", "Ředitel: Učitelé mluvili o tom, že školy jsou malé.",
                        List.of("škola", "školy", "učitel", "Učitelé")),
                Arguments.of("bg", "Директор: Учителят говореше за училищата.",
                        List.of("училища", "училищата", "учителя", "Учителят")),
                // Uralic
                Arguments.of("fi", "Opettaja: Me puhumme kouluista ystävien kanssa päivällä.",
                        List.of("koulu", "kouluista", "puhua", "puhumme", "ystävä", "ystävien", "päivä", "päivällä")),
                Arguments.of("hu", "Tanár: A gyerekek az iskolában voltak, a tanár beszélt.",
                        List.of("gyerekeket", "gyerekek", "iskola", "iskolában", "beszél", "beszélt")),
                // Hellenic, Turkic
                Arguments.of("el", "Δάσκαλος: Τα παιδιά μιλούσαν για τα σχολεία.",
                        List.of("σχολείο", "σχολεία", "μιλάω", "μιλούσαν")),
                Arguments.of("tr", "Öğretmen: Çocuklar okullardan konuştular.",
                        List.of("okul", "okullardan", "çocuk", "Çocuklar")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void theStemFindsOtherFormsOfTheWord(String language, String text, List<String> pairs) {
        Project p = Project.init(dir, "t", language, Codebook.empty());
        TestProjects.addDocument(p, "d", text, Map.of());
        for (int i = 0; i < pairs.size(); i += 2) {
            String query = pairs.get(i), written = pairs.get(i + 1);
            List<String> found = matches(dir, query);
            assertTrue(found.contains(written), language + ": '" + query + "' should find '" + written + "', found " + found);
            List<String> exact = matches(dir, "exact:\"" + query + "\"");
            assertFalse(exact.contains(written), language + ": exact:" + query + " is not stemmed, yet found " + written);
        }
    }

    @Test
    void everyLanguageStemsAndHasItsStopWords() throws Exception {
        assertTrue(Languages.all().size() >= 30, Languages.all().keySet().toString());
        for (Languages.Language l : Languages.all().values()) {
            try (Analyzer a = Analyzers.forLanguage(l.code()); TokenStream ts = a.tokenStream(TurnFields.TEXT, "Schools, l'école ÉCOLES 😊 школы")) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                int n = 0;
                while (ts.incrementToken()) {
                    assertFalse(term.toString().isEmpty(), l + ": an empty stem");
                    n++;
                }
                ts.end();
                assertTrue(n >= 4, l + ": " + n + " words");
            }
            assertTrue(Analyzers.stems(l.code()));
            if (!l.code().equals("yi")) assertFalse(Languages.stopWords(l.code()).isEmpty(), l + " has no stop words");
        }
        assertFalse(Analyzers.stems("xx"));
    }

    @Test
    void theWhisperRealFileIsCatalanAndSearchedStemmed() {
        Path real = Path.of("../shared/realfiles/whisper-ctranslate2_dosparlants.srt");
        Assumptions.assumeTrue(Files.isRegularFile(real), "../shared/realfiles absent: skipping the Catalan real-file search");
        assertEquals(0, CliRun.thema("init", dir, "--language", "ca").rc());
        assertEquals(0, CliRun.thema("import", dir, real).rc());
        List<String> found = matches(dir, "anar");
        assertTrue(found.containsAll(List.of("anar", "anat", "anem")), "verb forms of anar: " + found);
        assertTrue(matches(dir, "molt").contains("moltes"), "the plural");
        assertEquals(List.of("anar"), matches(dir, "exact:anar"));
    }

    @Test
    void aLanguageThemaCannotStemIsRefusedWithTheList() {
        CliRun r = CliRun.thema("init", dir.resolve("p"), "--language", "xx");
        assertEquals(2, r.rc());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("language 'xx' is not one thema can stem; use one of: ar, hy, eu,"), r.err());
        assertTrue(r.err().contains(" de,") && r.err().contains(" sv,") && r.err().contains(" nl,"), r.err());
        assertFalse(Files.exists(dir.resolve("p").resolve(Project.CONFIG)));
        CliRun q = CliRun.thema("import-qdpx", dir.resolve("none.qdpx"), dir.resolve("q"), "--language", "klingon");
        assertEquals(2, q.rc());
        assertTrue(q.err().contains("language 'klingon' is not one thema can stem"), q.err());
        assertEquals(0, CliRun.thema("init", dir.resolve("de"), "--language", "de").rc());
    }

    @Test
    void wordsLeaveOutTheLanguagesStopWords() throws Exception {
        Project p = Project.init(dir, "t", "de", Codebook.empty());
        TestProjects.addDocument(p, "d", "Lehrerin: Und die Eltern und die Kinder und die Eltern sind nicht da.", Map.of());
        CliRun r = CliRun.thema("words", dir);
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("eltern"), r.out());
        assertFalse(r.out().matches("(?s).*\\b(und|die|sind|nicht)\\b.*"), r.out());
    }

    @Test
    void autocodeFindsTheStemmedForms() {
        Project p = Project.init(dir, "t", "fr", TestProjects.careCodebook());
        TestProjects.addDocument(p, "d", "Enseignante: Les parents parlaient de l'école.\n\nEnseignante: Nous avons visité les écoles.", Map.of());
        String code = p.codebook().paths().get(0);
        CliRun r = CliRun.thema("autocode", dir, "école", "--coder", "ann", "--code", code, "--unit", "turn");
        assertEquals(0, r.rc(), r.err());
        assertEquals(2, Project.open(dir).coder("ann").codings().size(), r.out());
    }

    @Test
    void aProjectWhoseLanguageChangesRebuildsItsIndex() throws Exception {
        Project p = Project.init(dir, "t", "en", Codebook.empty());
        TestProjects.addDocument(p, "d", "Lehrerin: Wir sprachen über die Häuser.", Map.of());
        assertEquals(List.of(), matches(dir, "Haus"));
        Path config = dir.resolve(Project.CONFIG);
        Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8).replace("language: \"en\"", "language: \"de\"")
                .replace("language: en", "language: de"), StandardCharsets.UTF_8);
        assertEquals("de", Project.open(dir).language());
        assertEquals(List.of("Häuser"), matches(dir, "Haus"));
    }

    static List<String> matches(Path dir, String query) {
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            return Search.run(i, query, new Search.Options(1000, false, null)).hits().stream().map(Hit::match).toList();
        }
    }
}
