package thema.project;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** Setting document attributes (school type, experience band, ...), in one atomic step. */
public final class Attributes {
    private Attributes() {
    }

    /** For each document id, attributes to set; an empty value removes the attribute. */
    public static int set(Project p, Map<String, Map<String, String>> byDoc) {
        return p.write(ch -> {
            int n = 0;
            for (var e : byDoc.entrySet()) {
                Document d = p.document(e.getKey());
                DocumentMeta m = copy(d.meta());
                for (var a : e.getValue().entrySet()) {
                    String key = checkKey(a.getKey());
                    if (a.getValue() == null || a.getValue().isBlank()) m.attributes.remove(key);
                    else m.attributes.put(key, a.getValue().strip());
                    n++;
                }
                ch.document(m, null);
            }
            return n;
        });
    }

    /** The names of the attributes any document has, sorted: the one list counts, search, the report and the workbench split by. */
    public static SortedSet<String> names(Project p) {
        SortedSet<String> names = new TreeSet<>();
        for (Document d : p.documents()) names.addAll(d.attributes().keySet());
        return names;
    }

    public static String checkKey(String key) {
        if (key == null || !key.strip().matches("[\\p{L}][\\p{L}\\p{N}_-]*")) {
            throw new ThemaException("attribute name '" + key + "' must be a word (letters, digits, '_' or '-')");
        }
        return key.strip();
    }

    static DocumentMeta copy(DocumentMeta d) {
        DocumentMeta m = new DocumentMeta();
        m.id = d.id;
        m.source = d.source;
        m.format = d.format;
        m.imported = d.imported;
        m.sha256 = d.sha256;
        m.length = d.length;
        m.attributes = new LinkedHashMap<>(d.attributes);
        m.turns = d.turns;
        return m;
    }
}
