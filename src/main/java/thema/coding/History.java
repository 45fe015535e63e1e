package thema.coding;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import thema.project.Project;
import thema.project.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A coder's undo history, kept in .thema/history/CODER.yaml so it survives a restart.
 * {@code steps[0..position)} can be undone, {@code steps[position..]} redone.
 */
@JsonPropertyOrder({"position", "steps"})
public record History(int position, List<Step> steps) {
    public static final int MAX_STEPS = 500;

    @JsonPropertyOrder({"label", "time", "changes"})
    public record Step(String label, String time, List<Change> changes) {
    }

    public static String relativePath(String coder) {
        return Project.DERIVED + "/history/" + coder + ".yaml";
    }

    public static History load(Project p, String coder) {
        Path f = p.dir().resolve(relativePath(coder));
        if (!Files.exists(f)) return new History(0, List.of());
        try {
            return Yaml.read(f, History.class);
        } catch (RuntimeException e) {
            // the history is a convenience, never a reason to refuse work: start afresh
            return new History(0, List.of());
        }
    }

    /** A new step on top; anything that could have been redone is dropped. */
    public History push(Step s) {
        List<Step> out = new ArrayList<>(steps.subList(0, position));
        out.add(s);
        while (out.size() > MAX_STEPS) out.remove(0);
        return new History(out.size(), out);
    }

    public byte[] toYaml() {
        return Yaml.write(this);
    }
}
