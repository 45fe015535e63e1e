package thema.coding;

import thema.project.Codebook;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import thema.project.FileKind;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Yaml;

/**
 * {@code themes.yaml}: themes that group codes across the hierarchy. Each theme has a name, a
 * definition, the code paths it covers (a code may serve several themes), optional sub-themes
 * and a memo. Validated like the codebook: unknown keys, a missing name, a duplicate name or a
 * code that is not in the codebook are one-line errors naming the theme. An immutable value.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"themes"})
public final class Themes {
    public static final String FILE = "themes.yaml";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "definition", "codes", "memo", "themes"})
    public static final class Theme {
        public final String name;
        public final String definition;
        public final List<String> codes;
        public final String memo;
        public final List<Theme> themes;

        /** For reading only: the fields are set from the file as it is read, so an unknown key is named with its line. */
        private Theme() {
            this(null, null, null, null, null);
        }

        public Theme(String name, String definition, List<String> codes, String memo, List<Theme> themes) {
            this.name = name;
            this.definition = definition;
            this.codes = codes == null ? List.of() : List.copyOf(codes);
            this.memo = memo;
            this.themes = themes == null ? List.of() : List.copyOf(themes);
        }

        /** This theme's codes and those of its sub-themes. */
        public List<String> allCodes() {
            List<String> out = new ArrayList<>(codes);
            for (Theme t : themes) for (String c : t.allCodes()) if (!out.contains(c)) out.add(c);
            return out;
        }

        /** This theme with unmodifiable lists all the way down (what was read has the reader's lists). */
        Theme copy() {
            return new Theme(name, definition, codes, memo, themes.stream().map(Theme::copy).toList());
        }

        Theme distinct() {
            return new Theme(name, definition, codes.stream().distinct().toList(), memo, themes.stream().map(Theme::distinct).toList());
        }

        Theme without(String path) {
            return new Theme(name, definition, codes.stream().filter(c -> !Codebook.isSelfOrDescendant(c, path)).toList(), memo,
                    themes.stream().map(t -> t.without(path)).toList());
        }

        Theme repath(String from, String to) {
            return new Theme(name, definition, codes.stream().map(c -> Codebook.repath(c, from, to)).toList(), memo,
                    themes.stream().map(t -> t.repath(from, to)).toList());
        }
    }

    public final List<Theme> themes;

    /** For reading only (see {@link Theme#Theme()}). */
    private Themes() {
        this(null);
    }

    public Themes(List<Theme> themes) {
        this.themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The kind of file: checked against the codebook; its codes follow a rename. */
    public static final FileKind<Themes> KIND = FileKind.source("themes", FILE, Themes.class)
            .withParser((file, key, bytes) -> new Themes(Yaml.parse(file, bytes, Themes.class).themes.stream().map(Theme::copy).toList()))
            .withValidator((p, file, key, t) -> t.validate(file, p.codebook()))
            .withRepath(Themes::repath)
            .whenAbsent(key -> new Themes(List.of()))
            .withFreeText("name", "definition", "memo");

    public static boolean exists(Project p) {
        return p.exists(KIND);
    }

    /** The project's themes, checked against its codebook (none when there is no themes.yaml). */
    public static Themes load(Project p) {
        return p.read(KIND);
    }

    void validate(String file, Codebook cb) {
        Set<String> names = new HashSet<>();
        for (Theme t : all()) {
            if (t.name == null || t.name.isBlank()) throw new ThemaException(file + ": a theme without a name");
            if (!names.add(t.name.strip().toLowerCase(java.util.Locale.ROOT))) throw new ThemaException(file + ": theme '" + t.name + "' is defined twice");
            for (String c : t.codes) {
                if (!cb.contains(c)) throw new ThemaException(file + ": theme '" + t.name + "' names code '" + c + "', which is not in the codebook");
            }
        }
    }

    /** Every theme, depth first. */
    public List<Theme> all() {
        List<Theme> out = new ArrayList<>();
        collect(themes, out);
        return out;
    }

    private static void collect(List<Theme> list, List<Theme> out) {
        for (Theme t : list) {
            out.add(t);
            collect(t.themes, out);
        }
    }

    public Theme find(String name) {
        return all().stream().filter(t -> t.name.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new ThemaException("no theme '" + name + "' in " + FILE + (themes.isEmpty() ? " (there are no themes)"
                        : " (themes: " + String.join(", ", all().stream().map(x -> x.name).toList()) + ")")));
    }

    /** These themes after code {@code from} was merged into {@code to}: each theme lists a code once. */
    Themes merged(String from, String to) {
        Themes moved = repath(from, to);
        return moved == this ? this : new Themes(moved.themes.stream().map(Theme::distinct).toList());
    }

    /** These themes without code {@code path} and its subcodes. */
    Themes without(String path) {
        if (all().stream().flatMap(t -> t.codes.stream()).noneMatch(c -> Codebook.isSelfOrDescendant(c, path))) return this;
        return new Themes(themes.stream().map(t -> t.without(path)).toList());
    }

    /** These themes after code {@code from} was renamed or moved to {@code to}; this value when no theme names it. */
    Themes repath(String from, String to) {
        if (all().stream().flatMap(t -> t.codes.stream()).noneMatch(c -> Codebook.isSelfOrDescendant(c, from))) return this;
        return new Themes(themes.stream().map(t -> t.repath(from, to)).toList());
    }
}
