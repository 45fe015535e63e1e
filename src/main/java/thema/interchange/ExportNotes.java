package thema.interchange;

import thema.coding.Memos;
import thema.coding.Themes;
import thema.project.Project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The memos and the journal of every coder as REFI-QDA Notes: each memo one {@code <Note>} by
 * the coder's User, referred to by a {@code <NoteRef>} from its document, its code or (journal
 * entries) the project; a theme's memo is a Note that is a member of the theme's Set.
 */
final class ExportNotes {
    record Note(String guid, String name, String user, String time, String text) {
    }

    final List<Note> notes = new ArrayList<>();
    final Map<String, List<String>> byDoc = new LinkedHashMap<>();
    final Map<String, List<String>> byCode = new LinkedHashMap<>();
    final List<String> journal = new ArrayList<>();
    final Map<String, String> byTheme = new LinkedHashMap<>();
    final List<String> coders;

    ExportNotes(Project p, Themes themes) {
        String project = p.name();
        coders = Memos.coders(p);
        for (String coder : coders) {
            int i = 0;
            for (Memos.Memo m : Memos.load(p, coder).memos) {
                String guid = Guids.of("note", project, coder, String.valueOf(i++));
                String name = Boolean.TRUE.equals(m.journal) ? firstLine(m.text) : "Memo on " + (m.doc != null ? m.doc : m.code);
                notes.add(new Note(guid, name, QdpxExport.userGuid(coder), m.time, m.text));
                if (m.doc != null) byDoc.computeIfAbsent(m.doc, k -> new ArrayList<>()).add(guid);
                else if (m.code != null) byCode.computeIfAbsent(m.code, k -> new ArrayList<>()).add(guid);
                else journal.add(guid);
            }
        }
        for (Themes.Theme t : themes.all()) {
            if (t.memo == null || t.memo.isBlank()) continue;
            String guid = Guids.of("note", project, "theme", t.name);
            notes.add(new Note(guid, "Memo on theme " + t.name, null, null, t.memo));
            byTheme.put(t.name, guid);
        }
    }

    /** A journal entry's Note is named by its first line (at most 60 characters), which the import does not repeat. */
    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }

    void write(XmlOut x) {
        if (notes.isEmpty()) return;
        x.start("Notes");
        for (Note n : notes) {
            x.start("Note").attr("guid", n.guid).attr("name", n.name).attr("creatingUser", n.user).attr("creationDateTime", QdpxExport.dateTime(n.time));
            x.textElement("PlainTextContent", n.text);
            x.end();
        }
        x.end();
    }

    static void refs(XmlOut x, List<String> guids) {
        if (guids != null) for (String g : guids) x.start("NoteRef").attr("targetGUID", g).end();
    }
}
