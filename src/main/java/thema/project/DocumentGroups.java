package thema.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The documents split by one or more attributes ({@code --by}); several attributes give their
 * cross. Documents without an attribute fall in the group {@value #NONE}. Without attributes
 * there is one group of all documents, with an empty attribute and value.
 */
public final class DocumentGroups {
    public static final String NONE = "(none)";
    /** Joins the names and values of crossed attributes: {@code schooltype|experience}, {@code regular|0-5}. */
    public static final String CROSS = "|";

    public record Group(String attribute, String value, Set<String> documents) {
    }

    private final List<Group> groups;
    private final Map<String, Integer> groupOfDocument = new HashMap<>();

    private DocumentGroups(List<Group> groups) {
        this.groups = List.copyOf(groups);
        for (int i = 0; i < groups.size(); i++) for (String d : groups.get(i).documents()) groupOfDocument.put(d, i);
    }

    public static DocumentGroups of(Project p, List<String> by) {
        List<String> ids = new ArrayList<>();
        for (Document d : p.documents()) ids.add(d.id());
        Set<String> known = Attributes.names(p);
        for (String a : by) {
            if (!known.contains(a)) {
                throw new ThemaException("no document has the attribute '" + a + "'"
                        + (known.isEmpty() ? " (the documents have no attributes)" : " (attributes: " + String.join(", ", known) + ")"));
            }
        }
        return of(ids, by, (id, a) -> p.document(id).attributes().get(a));
    }

    /**
     * Any ids grouped by their values of {@code by} ({@code valueOf(id, attribute)}, null or blank:
     * {@value #NONE}): documents by their attributes, participants by theirs. Each group's
     * {@code documents} then holds the ids grouped (participant ids for participants).
     */
    public static DocumentGroups of(List<String> ids, List<String> by, BiFunction<String, String, String> valueOf) {
        if (by.isEmpty()) return new DocumentGroups(List.of(new Group("", "", new LinkedHashSet<>(ids))));
        Map<List<String>, Set<String>> byValues = new TreeMap<>(VALUE_ORDER);
        for (String id : ids) {
            List<String> values = new ArrayList<>();
            for (String a : by) {
                String v = valueOf.apply(id, a);
                values.add(v == null || v.isBlank() ? NONE : v);
            }
            byValues.computeIfAbsent(values, k -> new LinkedHashSet<>()).add(id);
        }
        String attribute = String.join(CROSS, by);
        List<Group> groups = new ArrayList<>();
        byValues.forEach((values, members) -> groups.add(new Group(attribute, String.join(CROSS, values), members)));
        return new DocumentGroups(groups);
    }

    /** Values in natural order, {@value #NONE} last, so tables read the same every time. */
    public static final Comparator<List<String>> VALUE_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i), y = b.get(i);
            if (x.equals(y)) continue;
            if (x.equals(NONE)) return 1;
            if (y.equals(NONE)) return -1;
            return natural(x, y);
        }
        return 0;
    };

    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^(\\d{1,9})");

    /** "0-5" before "6-15" before "16+": values that start with a number sort by it. */
    public static int natural(String x, String y) {
        java.util.regex.Matcher a = LEADING_NUMBER.matcher(x), b = LEADING_NUMBER.matcher(y);
        if (a.find() && b.find()) {
            int c = Integer.compare(Integer.parseInt(a.group(1)), Integer.parseInt(b.group(1)));
            if (c != 0) return c;
        }
        return x.compareTo(y);
    }

    public List<Group> groups() {
        return groups;
    }

    /** The index of the group a document belongs to. */
    public int indexOf(String documentId) {
        Integer i = groupOfDocument.get(documentId);
        if (i == null) throw new IllegalArgumentException("document not in any group: " + documentId);
        return i;
    }
}
