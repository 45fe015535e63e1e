package thema.interchange;

import thema.coding.Themes;
import thema.project.AtomicFiles;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a project as a REFI-QDA project (.qdpx): a zip with {@code project.qde} and the
 * document texts as {@code sources/<guid>.txt} (UTF-8, LF line ends, exactly thema's stored
 * text, so positions in code points match). Each coding becomes its own
 * {@code PlainTextSelection} (its memo the selection's Description) holding one
 * {@code Coding} by the coder's {@code User}. Attributes become typed Variables, with one Case
 * per document carrying its values and linked to it, and the same values on the TextSource.
 * Memos and the journal are Notes ({@link ExportNotes}); themes are Sets of codes.
 */
public final class QdpxExport {
    static final String NS = "urn:QDA-XML:project:1.0";
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** What was written, for the command's summary. */
    public record Summary(int documents, int codes, int codings, int coders) {
    }

    private QdpxExport() {
    }

    public static Summary write(Project p, Path out) {
        String project = p.name();
        Map<String, String> sourceGuid = new LinkedHashMap<>();
        for (Document d : p.documents()) sourceGuid.put(d.id(), Guids.of("source", project, d.id()));

        Themes themes = Themes.load(p);
        ExportNotes notes = new ExportNotes(p, themes);
        XmlOut x = new XmlOut("Project", NS);
        x.attr("name", project).attr("origin", "thema");
        x.start("Users");
        Set<String> users = new java.util.TreeSet<>(p.coders());
        users.addAll(notes.coders);
        for (String coder : users) x.start("User").attr("guid", userGuid(coder)).attr("name", coder).end();
        x.end();
        x.start("CodeBook");
        CodeTree.write(x, p.codebook(), project, path -> notes.byCode.getOrDefault(path, List.of()));
        x.end();

        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (Document d : p.documents()) d.attributes().forEach((k, v) -> byKey.computeIfAbsent(k, key -> new ArrayList<>()).add(v));
        Map<String, String> types = new LinkedHashMap<>();
        byKey.forEach((k, values) -> types.put(k, VariableTypes.typeOf(values)));
        if (!types.isEmpty()) {
            x.start("Variables");
            types.forEach((k, type) -> x.start("Variable").attr("guid", Guids.of("variable", project, k)).attr("name", k).attr("typeOfVariable", type).end());
            x.end();
            x.start("Cases");
            for (Document d : p.documents()) {
                x.start("Case").attr("guid", Guids.of("case", project, d.id())).attr("name", d.id());
                values(x, d, types, project);
                x.start("SourceRef").attr("targetGUID", sourceGuid.get(d.id())).end();
                x.end();
            }
            x.end();
        }

        Map<String, List<Coding>> byDoc = new LinkedHashMap<>();
        Map<Coding, String> coderOf = new java.util.IdentityHashMap<>();
        int codings = 0;
        for (String coder : p.coders()) {
            CoderFile f = p.coder(coder);
            for (Coding c : f.codings()) {
                byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c);
                coderOf.put(c, coder);
                codings++;
            }
        }
        x.start("Sources");
        for (Document d : p.documents()) {
            String guid = sourceGuid.get(d.id());
            x.start("TextSource").attr("guid", guid).attr("name", d.id())
                    .attr("plainTextPath", "internal://" + guid + ".txt");
            int n = 0;
            for (Coding c : byDoc.getOrDefault(d.id(), List.of())) {
                String coder = coderOf.get(c);
                String user = userGuid(coder);
                String time = dateTime(c.time());
                String sel = Guids.of("selection", project, coder, c.doc(), String.valueOf(c.start()), String.valueOf(c.end()), c.code(), String.valueOf(n++));
                x.start("PlainTextSelection").attr("guid", sel)
                        .attr("name", selectionName(d, c))
                        .attr("startPosition", c.start()).attr("endPosition", c.end())
                        .attr("creatingUser", user).attr("creationDateTime", time);
                x.textElement("Description", c.memo());
                x.start("Coding").attr("guid", Guids.of("coding", sel)).attr("creatingUser", user).attr("creationDateTime", time);
                x.start("CodeRef").attr("targetGUID", CodeTree.guid(project, c.code())).end();
                x.end();
                x.end();
            }
            ExportNotes.refs(x, notes.byDoc.get(d.id()));
            values(x, d, types, project); // also on the source: tools that show attributes on files (QualCoder)
            x.end();
        }
        x.end();
        notes.write(x);
        writeSets(x, themes, notes, project);
        for (String n : notes.journal) x.start("NoteRef").attr("targetGUID", n).end();
        byte[] qde = x.finish();

        ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipBytes, StandardCharsets.UTF_8)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED); // twice as fast, a few per cent larger
            put(zip, "project.qde", qde);
            for (Document d : p.documents()) {
                put(zip, "sources/" + sourceGuid.get(d.id()) + ".txt", d.text().string().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ThemaException(out + ": cannot write (" + e.getMessage() + ")", e);
        }
        AtomicFiles.write(out, zipBytes.toByteArray());
        return new Summary(p.documents().size(), p.codebook().paths().size(), codings, p.coders().size());
    }

    private static void values(XmlOut x, Document d, Map<String, String> types, String project) {
        for (var a : d.attributes().entrySet()) {
            x.start("VariableValue");
            x.start("VariableRef").attr("targetGUID", Guids.of("variable", project, a.getKey())).end();
            x.textElement(VariableTypes.element(types.get(a.getKey())), a.getValue());
            x.end();
        }
    }

    /** Each theme as a Set of its codes, its definition the Description; a sub-theme is named "Theme::Sub-theme". */
    private static void writeSets(XmlOut x, Themes themes, ExportNotes notes, String project) {
        if (themes.themes.isEmpty()) return;
        x.start("Sets");
        writeSets(x, themes.themes, "", notes, project);
        x.end();
    }

    private static void writeSets(XmlOut x, List<Themes.Theme> level, String prefix, ExportNotes notes, String project) {
        for (Themes.Theme t : level) {
            x.start("Set").attr("guid", Guids.of("set", project, t.name)).attr("name", prefix + t.name);
            x.textElement("Description", t.definition);
            for (String c : t.codes) x.start("MemberCode").attr("targetGUID", CodeTree.guid(project, c)).end();
            String memo = notes.byTheme.get(t.name);
            if (memo != null) x.start("MemberNote").attr("targetGUID", memo).end();
            x.end();
            writeSets(x, t.themes, prefix + t.name + "::", notes, project);
        }
    }

    static String userGuid(String coder) {
        return Guids.of("user", coder);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The start of the coded text, as ATLAS.ti and NVivo name selections (at most 60 characters). */
    private static String selectionName(Document d, Coding c) {
        String s = d.text().substring(c.start(), Math.min(c.end(), c.start() + 60)).strip();
        s = SPACES.matcher(s).replaceAll(" ");
        return c.end() - c.start() > 60 ? s + "…" : s;
    }

    /** xsd:dateTime wants a zone; thema writes ISO 8601 UTC. Anything else is left out. */
    static String dateTime(String t) {
        if (t == null) return null;
        try {
            OffsetDateTime.parse(t);
            return t;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
