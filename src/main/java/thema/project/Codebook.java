package thema.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The hierarchical codebook. A code is addressed by its path, the names from the root
 * joined with '/': {@code care decisions/care route}. Users may write a path loosely
 * (any case, '-' or '_' for a space): {@link #resolve} turns it into the exact path.
 */
public final class Codebook {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** Whether {@code s} is a code's colour as thema keeps and shows it: #rrggbb (the one rule: codebook, workbench, report, exchange). */
    public static boolean isColor(String s) {
        return s != null && COLOR.matcher(s).matches();
    }
    /** Codes inside codes; real codebooks are 2 to 5 deep, and every deeper level makes paths unreadable. */
    public static final int MAX_DEPTH = 30;

    /** The file shape: {@code codes: [...]}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public static final class File {
        @JsonProperty("codes")
        public List<Code> codes = new ArrayList<>();
    }

    private final List<Code> roots;
    private final Map<String, Code> byPath = new LinkedHashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> byLoosePath = new HashMap<>();
    /** The paths in order, made once: a codebook does not change (an edit makes a new one), and screens ask on every draw. */
    private final List<String> paths;

    public Codebook(List<Code> roots, String source) {
        this.roots = stripped(roots);
        index(this.roots, "", 1, source);
        paths = List.copyOf(byPath.keySet());
    }

    /** The codes with their names stripped of surrounding spaces (what a hand edit may leave). */
    private static List<Code> stripped(List<Code> codes) {
        List<Code> out = new ArrayList<>(codes.size());
        for (Code c : codes) {
            out.add(c == null || c.name == null ? c : c.withName(c.name.strip()).withChildren(stripped(c.children)));
        }
        return Collections.unmodifiableList(out);
    }

    public static Codebook empty() {
        return new Codebook(new ArrayList<>(), "codebook");
    }

    public static Codebook read(Path file) {
        return of(Yaml.read(file, File.class).codes, file.toString());
    }

    public static Codebook parse(String name, byte[] yaml) {
        return of(codes(name, yaml), name);
    }

    /** The codes of a codebook file as written (null when it has none), not yet checked. */
    static List<Code> codes(String name, byte[] yaml) {
        return Yaml.parse(name, yaml, File.class).codes;
    }

    /** The codebook of these codes as read from {@code source}: checked, names stripped. */
    static Codebook of(List<Code> codes, String source) {
        return new Codebook(codes == null ? new ArrayList<>() : codes, source);
    }

    public byte[] toYaml() {
        File f = new File();
        f.codes = roots;
        return Yaml.write(f);
    }

    private void index(List<Code> codes, String prefix, int depth, String source) {
        if (depth > MAX_DEPTH && !codes.isEmpty()) {
            throw new ThemaException(source + ": codes are nested more than " + MAX_DEPTH + " deep (under '"
                    + prefix.substring(0, prefix.indexOf('/')) + "/...'); flatten the tree");
        }
        for (Code c : codes) {
            if (c == null || c.name == null || c.name.isBlank()) {
                throw new ThemaException(source + ": a code " + (prefix.isEmpty() ? "at the top level" : "under '" + prefix + "'") + " has no name");
            }
            if (c.name.contains("/")) throw new ThemaException(source + ": code name '" + c.name + "' contains '/', which separates path parts");
            if (c.color != null && !isColor(c.color)) {
                throw new ThemaException(source + ": code '" + c.name + "' has colour '" + c.color + "' (expected #rrggbb)");
            }
            String path = prefix.isEmpty() ? c.name : prefix + "/" + c.name;
            if (byPath.containsKey(path)) throw new ThemaException(source + ": code '" + path + "' appears twice");
            String loose = loose(path);
            if (byLoosePath.containsKey(loose)) {
                throw new ThemaException(source + ": codes '" + byLoosePath.get(loose) + "' and '" + path + "' differ only in case or spacing");
            }
            byPath.put(path, c);
            byLoosePath.put(loose, path);
            if (!prefix.isEmpty()) parent.put(path, prefix);
            if (c.exclusive && c.children.isEmpty()) {
                throw new ThemaException(source + ": code '" + path + "' is exclusive but has no children");
            }
            index(c.children, path, depth + 1, source);
        }
    }

    static String loose(String path) {
        StringBuilder b = new StringBuilder();
        for (String part : path.split("/", -1)) {
            if (b.length() > 0) b.append('/');
            b.append(part.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-"));
        }
        return b.toString();
    }

    public List<Code> roots() {
        return roots;
    }

    /** Every code path, parents before children, in codebook order. */
    public List<String> paths() {
        return paths;
    }

    public boolean contains(String exactPath) {
        return byPath.containsKey(exactPath);
    }

    public Optional<Code> find(String path) {
        Code c = byPath.get(path);
        if (c == null) {
            String exact = byLoosePath.get(loose(path));
            if (exact != null) c = byPath.get(exact);
        }
        return Optional.ofNullable(c);
    }

    /** The exact path for a user-written one, or an error naming it. */
    public String resolve(String userPath) {
        if (userPath == null || userPath.isBlank()) throw new ThemaException("empty code path");
        String p = userPath.strip();
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        if (byPath.containsKey(p)) return p;
        String exact = byLoosePath.get(loose(p));
        if (exact != null) return exact;
        // a unique leaf name is accepted too: "care route" for "care decisions/care route"
        String found = null;
        for (String path : byPath.keySet()) {
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (loose(last).equals(loose(p))) {
                if (found != null) throw new ThemaException("code '" + userPath + "' is ambiguous: '" + found + "' or '" + path + "'");
                found = path;
            }
        }
        if (found != null) return found;
        throw new ThemaException("code '" + userPath + "' is not in the codebook");
    }

    public Code get(String exactPath) {
        Code c = byPath.get(exactPath);
        if (c == null) throw new ThemaException("code '" + exactPath + "' is not in the codebook");
        return c;
    }

    public Optional<String> parentOf(String path) {
        return Optional.ofNullable(parent.get(path));
    }

    /** Whether {@code path} is {@code ancestor} or lies below it. */
    public static boolean isSelfOrDescendant(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + "/");
    }

    /** {@code a/b/c}, {@code a/b}, {@code a}: a coding counts for its code and every ancestor. */
    public static List<String> selfAndAncestors(String path) {
        List<String> out = new ArrayList<>(3);
        String p = path;
        while (true) {
            out.add(p);
            int slash = p.lastIndexOf('/');
            if (slash < 0) return out;
            p = p.substring(0, slash);
        }
    }

    public int depth(String path) {
        int d = 0;
        for (int i = 0; i < path.length(); i++) if (path.charAt(i) == '/') d++;
        return d;
    }

    public static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The code's own name where no other code has it (narrow tables), else its whole path. */
    public String shortName(String path) {
        String name = nameOf(path);
        long same = paths().stream().filter(q -> nameOf(q).equals(name)).count();
        return same == 1 ? name : path;
    }

    /** Paths of the codes marked exclusive (parents of mutually exclusive alternatives). */
    public List<String> exclusiveGroups() {
        List<String> out = new ArrayList<>();
        byPath.forEach((p, c) -> {
            if (c.exclusive) out.add(p);
        });
        return out;
    }

    /** The child of exclusive group {@code group} that {@code path} falls under, if any. */
    public Optional<String> alternativeIn(String group, String path) {
        if (!path.startsWith(group + "/")) return Optional.empty();
        int next = path.indexOf('/', group.length() + 1);
        return Optional.of(next < 0 ? path : path.substring(0, next));
    }

    public List<String> childrenOf(String path) {
        List<String> out = new ArrayList<>();
        for (Code c : get(path).children) out.add(path + "/" + c.name);
        return out;
    }

    // ---- edits: each returns a new codebook, leaving this one untouched ----

    /**
     * The code tree with {@code change} applied to the children of the code at {@code parentPath}
     * (null or empty: to the top level); the codes on the way there are new, the others shared.
     */
    private static List<Code> changeAt(List<Code> level, String parentPath, UnaryOperator<List<Code>> change) {
        if (parentPath == null || parentPath.isEmpty()) return change.apply(new ArrayList<>(level));
        int slash = parentPath.indexOf('/');
        String part = slash < 0 ? parentPath : parentPath.substring(0, slash), rest = slash < 0 ? null : parentPath.substring(slash + 1);
        List<Code> out = new ArrayList<>();
        boolean found = false;
        for (Code c : level) {
            if (c.name.equals(part)) {
                found = true;
                out.add(c.withChildren(changeAt(c.children, rest, change)));
            } else {
                out.add(c);
            }
        }
        if (!found) throw new ThemaException("code '" + parentPath + "' is not in the codebook");
        return out;
    }

    /** Adds a new code under {@code parentPath} (null or empty: at the top level). */
    public Codebook add(String parentPath, Code code) {
        return new Codebook(changeAt(roots, parentPath, l -> {
            l.add(code);
            return l;
        }), "codebook");
    }

    /** Renames the code at {@code path}; its descendants move with it. */
    public Codebook rename(String path, String newName) {
        return new Codebook(changeAt(roots, parent.get(path), l -> {
            l.replaceAll(c -> c.name.equals(nameOf(path)) ? c.withName(newName) : c);
            return l;
        }), "codebook");
    }

    /** Moves the code at {@code path} under {@code newParent} (null or empty: to the top level). */
    public Codebook move(String path, String newParent) {
        if (newParent != null && isSelfOrDescendant(newParent, path)) {
            throw new ThemaException("cannot move '" + path + "' into itself");
        }
        Code moving = get(path);
        List<Code> without = changeAt(roots, parent.get(path), l -> {
            l.remove(moving);
            return l;
        });
        return new Codebook(changeAt(without, newParent, l -> {
            l.add(moving);
            return l;
        }), "codebook");
    }

    /** Removes the code at {@code path} and its descendants. */
    public Codebook remove(String path) {
        return new Codebook(changeAt(roots, parent.get(path), l -> {
            l.removeIf(c -> c.name.equals(nameOf(path)));
            return l;
        }), "codebook");
    }

    /** Where {@code path} lands after moving {@code from} to {@code to} (paths of a rename or move). */
    public static String repath(String path, String from, String to) {
        if (path.equals(from)) return to;
        if (path.startsWith(from + "/")) return to + path.substring(from.length());
        return path;
    }
}
