package thema.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.coding.Memos;
import thema.coding.Themes;
import thema.project.Attributes;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.Yaml;

/** thema -> .qdpx -> thema keeps memos, the journal, typed attributes, themes and codings. */
class QdpxNotesRoundTripTest {
    @TempDir
    Path tmp;

    private Project project() throws Exception {
        Project p = TestProjects.copyExample("care-study", tmp.resolve("care"));
        Map<String, Map<String, String>> attrs = new java.util.LinkedHashMap<>();
        int i = 0;
        for (var d : p.documents()) {
            i++;
            attrs.put(d.id(), Map.of("age", String.valueOf(30 + i), "score", i % 2 == 0 ? "3.5" : "4", "consent", i % 2 == 0 ? "true" : "false"));
        }
        Attributes.set(p, attrs);
        p = Project.open(p.dir());
        String doc = p.documents().iterator().next().id();
        Memos.write(p, "anna", Memos.About.document(doc), "Long pauses; she chose her words with care 😀.");
        Memos.write(p, "ben", Memos.About.code("barriers"), "Time, language, trust.");
        Memos.write(p, "ben", Memos.About.journal(), "Second pass done.\nNothing new in t05.");
        Path themes = p.dir().resolve(Themes.FILE);
        Files.writeString(themes, Files.readString(themes).replace("  - name: Parents as partners\n", "  - name: Parents as partners\n    memo: Ask ben about t03.\n"));
        return Project.open(p.dir());
    }

    private static String qde(Path qdpx) throws Exception {
        try (ZipFile z = new ZipFile(qdpx.toFile())) {
            return new String(z.getInputStream(z.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void memosJournalTypedAttributesAndThemesComeBack() throws Exception {
        Project a = project();
        Path qdpx = tmp.resolve("care.qdpx");
        assertEquals(0, CliRun.thema("export", a.dir(), "--qdpx", qdpx).rc());
        String xml = qde(qdpx);
        if (Files.isRegularFile(Fixtures.XSD)) Fixtures.validate(xml.getBytes(StandardCharsets.UTF_8));
        // types where every value fits, Text otherwise
        assertEquals(Map.of("schooltype", "Text", "experience", "Text", "interviewed", "Date", "age", "Integer", "score", "Float", "consent", "Boolean"),
                variableTypes(xml));
        assertTrue(xml.contains("<IntegerValue>31</IntegerValue>") && xml.contains("<BooleanValue>false</BooleanValue>"), "typed values");
        // one Note per memo and journal entry, each referred to from its document, code or the project (a theme's from its Set)
        int memos = 0;
        for (String c : Memos.coders(a)) memos += Memos.load(a, c).memos.size();
        List<String> notes = all(Pattern.compile("<Note guid=\"([^\"]+)\""), xml);
        assertEquals(memos + 1, notes.size(), "and the theme's memo");
        for (String n : notes) assertTrue(xml.contains("<NoteRef targetGUID=\"" + n + "\">") || xml.contains("<MemberNote targetGUID=\"" + n + "\">"), n);
        // each Case names its source, and the source carries the same values
        assertTrue(Pattern.compile("<TextSource [^>]*name=\"t01\"[^>]*>(?:(?!</TextSource>)[\\s\\S])*<IntegerValue>31</IntegerValue>").matcher(xml).find(), "values on the source");
        assertTrue(xml.contains("<SourceRef targetGUID=\"" + Guids.of("source", a.name(), "t01") + "\">"));

        CliRun imp = CliRun.thema("import-qdpx", qdpx, tmp.resolve("back"));
        assertEquals(0, imp.rc(), imp.err());
        Project b = Project.open(tmp.resolve("back"));
        QdpxRoundTripTest.assertSame(a, b);
        assertEquals(Memos.coders(a), Memos.coders(b));
        for (String c : Memos.coders(a)) {
            assertEquals(new String(Yaml.write(Memos.load(a, c)), StandardCharsets.UTF_8), new String(Yaml.write(Memos.load(b, c)), StandardCharsets.UTF_8), c);
        }
        assertEquals(new String(Yaml.write(Themes.load(a)), StandardCharsets.UTF_8), new String(Yaml.write(Themes.load(b)), StandardCharsets.UTF_8));
        assertEquals("Ask ben about t03.", Themes.load(b).find("Parents as partners").memo);
        // and out again: the same types
        Path again = tmp.resolve("again.qdpx");
        assertEquals(0, CliRun.thema("export", b.dir(), "--qdpx", again).rc());
        assertEquals(variableTypes(xml), variableTypes(qde(again)));
        assertTrue(!imp.out().contains("not carried"), imp.out());
    }

    private static Map<String, String> variableTypes(String xml) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = Pattern.compile("<Variable guid=\"[^\"]+\" name=\"([^\"]+)\" typeOfVariable=\"([^\"]+)\"").matcher(xml);
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    private static List<String> all(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
