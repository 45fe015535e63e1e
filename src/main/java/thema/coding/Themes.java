package thema.coding;

import thema.project.Codebook;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import thema.project.Changes;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Yaml;

/**
 * {@code themes.yaml}: themes that group codes across the hierarchy. Each theme has a name, a
 * definition, the code paths it covers (a code may serve several themes), optional sub-themes
 * and a memo. Validated like the codebook: unknown keys, a missing name, a duplicate name or a
 * code that is not in the codebook are one-line errors naming the theme.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"themes"})
public final class Themes {
    public static final String FILE = "themes.yaml";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "definition", "codes", "memo", "themes"})
    public static final class Theme {
        public String name;
        public String definition;
        public List<String> codes = new ArrayList<>();
        public String memo;
        public List<Theme> themes = new ArrayList<>();

        /** This theme's codes and those of its sub-themes. */
        public List<String> allCodes() {
            List<String> out = new ArrayList<>(codes);
            for (Theme t : themes) for (String c : t.allCodes()) if (!out.contains(c)) out.add(c);
            return out;
        }
    }

    public List<Theme> themes = new ArrayList<>();

    public static boolean exists(Project p) {
        return Files.exists(p.dir().resolve(FILE));
    }

    /** The project's themes, checked against its codebook (none when there is no themes.yaml). */
    public static Themes load(Project p) {
        if (!exists(p)) return new Themes();
        Themes t = Yaml.read(p.dir().resolve(FILE), Themes.class);
        t.validate(p.dir().resolve(FILE).toString(), p.codebook());
        return t;
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

    static void stageRepath(Project p, Changes ch, String from, String to) {
        if (!exists(p)) return;
        Themes t = Yaml.read(p.dir().resolve(FILE), Themes.class);
        for (Theme th : t.all()) th.codes.replaceAll(c -> Codebook.repath(c, from, to));
        ch.file(FILE, Yaml.write(t));
    }
}
