package thema.interchange;

import org.w3c.dom.Element;
import thema.coding.Memos;
import thema.coding.Themes;
import thema.importing.TranscriptParser;
import thema.project.Coding;
import thema.project.DocumentMeta;
import thema.project.ThemaException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a .qdpx holds besides sources, codes and codings, brought into thema or counted:
 * Cases give their attributes to the documents they map to (by SourceRef, by NVivo's codings
 * on the case node, else by a name shared with a source); Sets of sources become document
 * attributes ({@code gender: female}, as ATLAS.ti carries them) and Sets of codes themes;
 * Notes become memos on documents and codes, or journal entries; everything else is counted
 * in {@link #notCarried}.
 */
final class QdpxExtras {
    /** The parts of the import this needs. */
    record Context(String label, Function<String, Path> archived, Function<String, String> coderOf,
                   Map<String, String> codeByGuid, Map<String, DocumentMeta> docBySource, Function<Element, Map<String, String>> values) {
    }

    private record Note(String guid, String name, String text, String user, String time) {
    }

    private final Context cx;
    private final Map<String, Note> notes = new LinkedHashMap<>();
    private final Set<String> usedNotes = new HashSet<>();
    /** Case GUID -> documents coded with the case node (NVivo writes cases as codes too). */
    private final Map<String, Set<DocumentMeta>> caseMembers = new HashMap<>();
    final Set<String> caseGuids = new HashSet<>();
    final Map<String, Memos> memos = new TreeMap<>();
    /** The themes as they are gathered from the Sets (a sub-theme joins its parent as it comes): made a value by {@link #themes()}. */
    private final List<ThemeDraft> themes = new ArrayList<>();

    private static final class ThemeDraft {
        String name, definition, memo;
        List<String> codes;
        final List<ThemeDraft> themes = new ArrayList<>();

        Themes.Theme value() {
            return new Themes.Theme(name, definition, codes, memo, themes.stream().map(ThemeDraft::value).toList());
        }
    }

    Themes themes() {
        return new Themes(themes.stream().map(ThemeDraft::value).toList());
    }
    /** What thema does not carry, "one|many" -> how many. */
    private final Map<String, Integer> notCarried = new TreeMap<>();
    /** Notes for the import's summary. */
    final List<String> messages = new ArrayList<>();

    QdpxExtras(Context cx, Element root) {
        this.cx = cx;
        for (Element c : SecureXml.children(SecureXml.child(root, "Cases"), "Case")) {
            if (SecureXml.attr(c, "guid") != null) caseGuids.add(key(SecureXml.attr(c, "guid")));
        }
        for (Element n : SecureXml.children(SecureXml.child(root, "Notes"), "Note")) {
            String text = SecureXml.childText(n, "PlainTextContent");
            Path file = cx.archived().apply(SecureXml.attr(n, "plainTextPath"));
            if ((text == null || text.isBlank()) && file != null) {
                try {
                    text = TranscriptParser.normaliseNewlines(TranscriptParser.decodeKeepingLineEnds(Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw new ThemaException(cx.label() + ": " + SecureXml.describe(n) + ": cannot read its text (" + e.getMessage() + ")");
                }
            }
            String name = SecureXml.attr(n, "name");
            if (text == null || text.isBlank()) text = name;
            String guid = SecureXml.attr(n, "guid");
            if (guid == null || text == null || text.isBlank()) {
                notCarried("empty Note", "empty Notes", 1);
                continue;
            }
            notes.put(key(guid), new Note(guid, name, text.strip(), SecureXml.attr(n, "creatingUser"), SecureXml.attr(n, "creationDateTime")));
        }
    }

    /** Counts an element thema does not carry, named in the singular and the plural. */
    void notCarried(String one, String many, int n) {
        if (n > 0) notCarried.merge(one + "|" + many, n, Integer::sum);
    }

    boolean isCase(String guid) {
        return caseGuids.contains(key(guid));
    }

    /** A Coding with a case node's GUID: the document belongs to the case. Returns false for a real code. */
    boolean caseCoding(String codeGuid, DocumentMeta doc) {
        if (!caseGuids.contains(key(codeGuid))) return false;
        caseMembers.computeIfAbsent(key(codeGuid), k -> new LinkedHashSet<>()).add(doc);
        return true;
    }

    /** The texts of the Notes an element refers to (a selection's notes join its memo). */
    String notesOn(Element owner) {
        List<String> out = new ArrayList<>();
        for (Element ref : SecureXml.children(owner, "NoteRef")) {
            Note n = notes.get(key(SecureXml.attr(ref, "targetGUID")));
            if (n != null && usedNotes.add(key(n.guid))) out.add(n.text);
        }
        return out.isEmpty() ? null : String.join("\n\n", out);
    }

    /** Cases, Sets, the remaining Notes, Links and Graphs; call after the sources are read. */
    void read(Element root, Map<String, String> codePathByKey) {
        cases(root);
        sets(root, codePathByKey);
        memos(root, codePathByKey);
        count(root, "Links", "Link");
        count(root, "Graphs", "Graph");
    }

    private void cases(Element root) {
        List<String> unmatched = new ArrayList<>();
        for (Element c : SecureXml.children(SecureXml.child(root, "Cases"), "Case")) {
            Map<String, String> values = cx.values().apply(c);
            Set<DocumentMeta> docs = new LinkedHashSet<>();
            for (Element ref : SecureXml.children(c, "SourceRef")) {
                DocumentMeta m = cx.docBySource().get(key(SecureXml.attr(ref, "targetGUID")));
                if (m != null) docs.add(m);
            }
            if (docs.isEmpty()) docs.addAll(caseMembers.getOrDefault(key(SecureXml.attr(c, "guid")), Set.of()));
            String name = SecureXml.attr(c, "name");
            if (docs.isEmpty() && name != null) {
                for (DocumentMeta m : cx.docBySource().values()) {
                    if (name.strip().equalsIgnoreCase(m.source) || QdpxImport.docId(name).equalsIgnoreCase(m.id)) docs.add(m);
                }
            }
            if (docs.isEmpty()) {
                if (!values.isEmpty()) unmatched.add("'" + name + "' (" + values.size() + (values.size() == 1 ? " value)" : " values)"));
                continue;
            }
            for (DocumentMeta m : docs) m.attributes.putAll(values);
        }
        if (!unmatched.isEmpty()) {
            notCarried("Case matching no source", "Cases matching no source", unmatched.size());
            messages.add(unmatched.size() + (unmatched.size() == 1 ? " case matches" : " cases match") + " no source by SourceRef, coding or name; "
                    + "their attributes are not carried: " + list(unmatched));
        }
    }

    private void sets(Element root, Map<String, String> codePathByKey) {
        Set<String> themeNames = new HashSet<>();
        Map<String, ThemeDraft> themeBySetName = new HashMap<>();
        List<String> setNames = SecureXml.children(SecureXml.child(root, "Sets"), "Set").stream().map(e -> SecureXml.attr(e, "name")).toList();
        for (Element set : SecureXml.children(SecureXml.child(root, "Sets"), "Set")) {
            String name = SecureXml.attr(set, "name");
            if (name == null || name.isBlank()) name = "set";
            List<DocumentMeta> docs = new ArrayList<>();
            for (Element m : SecureXml.children(set, "MemberSource")) {
                DocumentMeta d = cx.docBySource().get(key(SecureXml.attr(m, "targetGUID")));
                if (d != null) docs.add(d);
            }
            List<String> codes = new ArrayList<>();
            for (Element m : SecureXml.children(set, "MemberCode")) {
                String path = codePathByKey.get(key(SecureXml.attr(m, "targetGUID")));
                if (path != null && !codes.contains(path)) codes.add(path);
            }
            if (!docs.isEmpty()) {
                // ATLAS.ti's document groups "gender: female"; a plain group name is an attribute set to yes
                int colon = name.indexOf(':');
                boolean pair = colon > 0 && colon < name.length() - 1 && !name.substring(colon + 1).isBlank();
                String attr = QdpxImport.attributeName(pair ? name.substring(0, colon) : name);
                String value = pair ? name.substring(colon + 1).strip() : "yes";
                for (DocumentMeta d : docs) d.attributes.merge(attr, value, (a, b) -> a.equals(b) ? a : a + ", " + b);
            }
            int sub = name.lastIndexOf("::");
            ThemeDraft parent = sub > 0 ? themeBySetName.get(name.substring(0, sub)) : null;
            String prefix = name + "::";
            boolean hasSub = setNames.stream().anyMatch(n -> n != null && n.startsWith(prefix));
            if (!codes.isEmpty() || parent != null || hasSub && docs.isEmpty()) {
                // thema's sub-themes travel as "Theme::Sub-theme"
                String own = parent != null ? name.substring(sub + 2).strip() : name.strip();
                ThemeDraft t = new ThemeDraft();
                String unique = own;
                for (int i = 2; !themeNames.add(unique.toLowerCase(Locale.ROOT)); i++) unique = own + " (" + i + ")";
                t.name = unique;
                String d = SecureXml.childText(set, "Description");
                t.definition = d == null || d.isBlank() ? null : d.strip();
                t.codes = codes;
                List<String> memo = new ArrayList<>();
                for (Element m : SecureXml.children(set, "MemberNote")) {
                    Note n = notes.get(key(SecureXml.attr(m, "targetGUID")));
                    if (n != null && usedNotes.add(key(n.guid))) memo.add(n.text);
                }
                t.memo = memo.isEmpty() ? null : String.join("\n\n", memo);
                (parent != null ? parent.themes : themes).add(t);
                themeBySetName.put(name, t);
            }
            if (docs.isEmpty() && codes.isEmpty() && parent == null && !hasSub) notCarried("Set with no imported source or code", "Sets with no imported source or code", 1);
        }
    }

    /** Notes on sources and codes become their memos; on the project, or on anything else, journal entries. */
    private void memos(Element root, Map<String, String> codePathByKey) {
        var refs = root.getElementsByTagNameNS("*", "NoteRef");
        Map<String, Element> owner = new LinkedHashMap<>();
        for (int i = 0; i < refs.getLength(); i++) {
            Element ref = (Element) refs.item(i);
            owner.putIfAbsent(key(SecureXml.attr(ref, "targetGUID")), (Element) ref.getParentNode());
        }
        for (Note n : notes.values()) {
            if (usedNotes.contains(key(n.guid))) continue;
            Element on = owner.get(key(n.guid));
            String kind = on == null ? "" : SecureXml.localName(on);
            String guid = on == null ? null : key(SecureXml.attr(on, "guid"));
            DocumentMeta doc = kind.endsWith("Source") ? cx.docBySource().get(guid) : null;
            String code = kind.equals("Code") ? codePathByKey.get(guid) : null;
            String text = n.text;
            if (doc == null && code == null) {
                // a journal entry keeps the note's title, and says what it was on when that is not the project
                String title = n.name == null ? "" : n.name.strip().replaceFirst("…$", "");
                if (!title.isEmpty() && !text.startsWith(title)) text = n.name.strip() + "\n\n" + text;
                if (on != null && !kind.equals("Project")) text = "Note on " + SecureXml.describe(on) + ":\n\n" + text;
            }
            add(n, doc == null ? null : doc.id, code, text);
        }
    }

    private void add(Note n, String doc, String code, String text) {
        String coder = cx.coderOf().apply(n.user);
        Memos m = memos.computeIfAbsent(coder, c -> new Memos(c, List.of()));
        Memos.Memo same = doc == null && code == null ? null
                : m.memos.stream().filter(x -> doc != null ? doc.equals(x.doc) : code.equals(x.code)).findFirst().orElse(null);
        if (same != null) {
            memos.put(coder, m.replacing(same, same.withText(same.text + "\n\n" + text))); // thema keeps one memo per document or code and coder
            return;
        }
        memos.put(coder, m.with(new Memos.Memo(doc == null && code == null ? Boolean.TRUE : null, doc, code, n.time != null ? n.time : Coding.now(), text)));
    }

    private void count(Element root, String group, String kind) {
        notCarried(kind, kind + "s", SecureXml.children(SecureXml.child(root, group), kind).size());
    }

    /** The closing line: every element not carried, counted; null when there is none. */
    String closingNote() {
        if (notCarried.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        notCarried.forEach((k, n) -> parts.add(n + " " + k.split("\\|")[n == 1 ? 0 : 1]));
        return "not carried into thema: " + String.join(", ", parts);
    }

    private static String list(List<String> items) {
        return String.join(", ", items.subList(0, Math.min(3, items.size()))) + (items.size() > 3 ? " and " + (items.size() - 3) + " more" : "");
    }

    static String key(String guid) {
        return guid == null ? "" : guid.strip().replaceAll("[{}]", "").toLowerCase(Locale.ROOT);
    }
}
