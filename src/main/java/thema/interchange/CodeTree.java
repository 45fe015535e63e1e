package thema.interchange;

import org.w3c.dom.Element;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.ThemaException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code tree in REFI-QDA form, shared by .qdpx and .qdc: nested {@code <Code>} elements
 * with name, colour and description. REFI has no fields for thema's inclusion and exclusion
 * criteria and example, so they travel at the end of the description as labelled paragraphs,
 * which read naturally in other tools and are split off again on import:
 * <pre>
 * What the code means.
 *
 * Include: ...
 * Exclude: ...
 * Example: ...
 * </pre>
 * Exclusive groups have no REFI equivalent either: a last line {@code Exclusive: yes} keeps them.
 */
final class CodeTree {
    private static final Pattern LABEL = Pattern.compile("(?m)^(Include|Exclude|Example|Exclusive):[ \\t]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLOR3 = Pattern.compile("#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])");

    private CodeTree() {
    }

    /** The GUID of a code of a project: stable across exports. */
    static String guid(String projectName, String path) {
        return Guids.of("code", projectName, path);
    }

    static void write(XmlOut x, Codebook cb, String projectName) {
        write(x, cb, projectName, path -> List.of());
    }

    /** As {@link #write(XmlOut, Codebook, String)}, with NoteRefs to the notes (memos) on each code path. */
    static void write(XmlOut x, Codebook cb, String projectName, java.util.function.Function<String, List<String>> notes) {
        x.start("Codes");
        for (Code c : cb.roots()) write(x, c, c.name, projectName, notes);
        x.end();
    }

    private static void write(XmlOut x, Code c, String path, String projectName, java.util.function.Function<String, List<String>> notes) {
        x.start("Code").attr("guid", guid(projectName, path)).attr("name", c.name).attr("isCodable", "true");
        if (c.color != null) x.attr("color", c.color);
        x.textElement("Description", description(c));
        for (String n : notes.apply(path)) x.start("NoteRef").attr("targetGUID", n).end();
        for (Code child : c.children) write(x, child, path + "/" + child.name, projectName, notes);
        x.end();
    }

    /** The description with the criteria appended as labelled paragraphs; null when all are empty. */
    static String description(Code c) {
        List<String> parts = new ArrayList<>();
        if (c.description != null && !c.description.isBlank()) parts.add(c.description.strip());
        StringBuilder labelled = new StringBuilder();
        label(labelled, "Include", c.include);
        label(labelled, "Exclude", c.exclude);
        label(labelled, "Example", c.example);
        if (c.exclusive) label(labelled, "Exclusive", "yes");
        if (labelled.length() > 0) parts.add(labelled.toString());
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private static void label(StringBuilder b, String label, String value) {
        if (value == null || value.isBlank()) return;
        if (b.length() > 0) b.append('\n');
        b.append(label).append(": ").append(value.strip());
    }

    /** Splits a description written by {@link #description} (or by a person in another tool). */
    static Code readDescription(String text, Code into) {
        if (text == null || text.isBlank()) return into;
        String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        // the labelled block starts at a label at the very beginning or after a blank line
        int blockStart = -1;
        Matcher m = LABEL.matcher(t);
        while (m.find()) {
            if (m.start() == 0 || t.startsWith("\n\n", m.start() - 2)) {
                blockStart = m.start();
                break;
            }
        }
        if (blockStart < 0) return into.withDescription(t);
        String desc = t.substring(0, blockStart).strip();
        Code c = into.withDescription(desc.isEmpty() ? null : desc);
        m = LABEL.matcher(t);
        m.region(blockStart, t.length());
        List<int[]> marks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
            labels.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : t.length();
            String value = t.substring(marks.get(i)[1], end).strip();
            if (value.isEmpty()) continue;
            c = switch (labels.get(i)) {
                case "include" -> c.withInclude(value);
                case "exclude" -> c.withExclude(value);
                case "example" -> c.withExample(value);
                default -> c.withExclusive(value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true"));
            };
        }
        return c;
    }

    /**
     * Reads the {@code <Codes>} element into a codebook; {@code byGuid} receives each code's
     * GUID and path. Names other tools allow but thema's paths cannot hold are adapted: '/'
     * becomes '-', and a sibling with the same name (in any case) gets " (2)".
     */
    static Codebook read(Element codes, String file, Map<String, String> byGuid) {
        return read(codes, file, byGuid, g -> false);
    }

    /**
     * As {@link #read(Element, String, Map)}, leaving out the codes whose GUID {@code skip}
     * accepts (NVivo's case nodes, which are cases, not codes) and a category left empty by that.
     */
    static Codebook read(Element codes, String file, Map<String, String> byGuid, java.util.function.Predicate<String> skip) {
        List<Code> roots = new ArrayList<>();
        if (codes != null) readLevel(codes, "", roots, file, byGuid, skip);
        Codebook cb;
        try {
            cb = new Codebook(nestDoubleColonNames(roots, "", byGuid), file);
        } catch (ThemaException e) {
            throw new ThemaException(file + ": the codebook cannot be used (" + e.getMessage() + ")");
        }
        return cb;
    }

    /** Reads the codes under {@code parent}; returns true when one was skipped. */
    private static boolean readLevel(Element parent, String prefix, List<Code> into, String file, Map<String, String> byGuid,
                                     java.util.function.Predicate<String> skip) {
        Set<String> taken = new HashSet<>();
        boolean skipped = false;
        for (Element e : SecureXml.children(parent, "Code")) {
            if (SecureXml.attr(e, "guid") != null && skip.test(SecureXml.attr(e, "guid"))) {
                skipped = true;
                continue;
            }
            String raw = SecureXml.attr(e, "name");
            if (raw == null) throw new ThemaException(file + ": " + SecureXml.describe(e) + " has no name");
            String name = raw.replace('/', '-').strip();
            String unique = name;
            for (int n = 2; !taken.add(looseName(unique)); n++) unique = name + " (" + n + ")";
            Code c = readDescription(SecureXml.childText(e, "Description"), new Code(unique).withColor(color(SecureXml.attr(e, "color"))));
            String path = prefix.isEmpty() ? unique : prefix + "/" + unique;
            String guid = SecureXml.attr(e, "guid");
            if (guid != null) {
                if (byGuid.containsKey(guid)) throw new ThemaException(file + ": " + SecureXml.describe(e) + ": GUID used by two codes");
                byGuid.put(guid, path);
            }
            List<Code> children = new ArrayList<>();
            boolean emptied = readLevel(e, path, children, file, byGuid, skip) && children.isEmpty();
            if (emptied && "false".equalsIgnoreCase(SecureXml.attr(e, "isCodable"))) {
                byGuid.remove(guid); // a category of cases only ("Cases" in NVivo)
                taken.remove(looseName(unique));
                continue;
            }
            c = c.withChildren(children);
            if (c.exclusive && c.children.isEmpty()) c = c.withExclusive(false);
            into.add(c);
        }
        return skipped;
    }

    /**
     * ATLAS.ti writes its code groups flat, as "Coke::diet Coke" next to "Coke": rebuild that
     * hierarchy (creating the parent when it is missing) and repath the GUIDs that point at them.
     */
    static List<Code> nestDoubleColonNames(List<Code> level, String prefix, Map<String, String> byGuid) {
        List<Code> out = new ArrayList<>(level);
        for (Code c : level) {
            int at = c.name.indexOf("::");
            if (at <= 0 || at + 2 >= c.name.length()) continue;
            String parentName = c.name.substring(0, at).strip(), childName = c.name.substring(at + 2).strip();
            if (parentName.isEmpty() || childName.isEmpty()) continue;
            Code parent = out.stream().filter(x -> x != c && x.name.equals(parentName)).findFirst().orElse(null);
            if (parent == null) {
                parent = new Code(parentName);
                out.add(out.indexOf(c), parent);
            }
            if (parent.children.stream().anyMatch(x -> x.name.equalsIgnoreCase(childName))) continue;
            String from = prefix.isEmpty() ? c.name : prefix + "/" + c.name;
            String to = (prefix.isEmpty() ? parentName : prefix + "/" + parentName) + "/" + childName;
            out.remove(c);
            out.set(out.indexOf(parent), parent.withChild(c.withName(childName)));
            byGuid.replaceAll((g, path) -> Codebook.repath(path, from, to));
        }
        List<Code> nested = new ArrayList<>();
        for (Code c : out) nested.add(c.withChildren(nestDoubleColonNames(c.children, prefix.isEmpty() ? c.name : prefix + "/" + c.name, byGuid)));
        return nested;
    }

    private static String looseName(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
    }

    private static String color(String c) {
        if (c == null) return null;
        if (Codebook.isColor(c)) return c;
        Matcher m = COLOR3.matcher(c);
        if (m.matches()) return ("#" + m.group(1) + m.group(1) + m.group(2) + m.group(2) + m.group(3) + m.group(3)).toLowerCase(Locale.ROOT);
        return null; // not a colour thema can show: leave it out rather than refuse the codebook
    }
}
