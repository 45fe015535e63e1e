package thema.writeup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import thema.project.FileKind;
import thema.project.FileKinds;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Yaml;

/**
 * The project files besides transcripts, documents and codings that hold a researcher's free
 * text, and the keys whose values are that text (each kind's {@link FileKind#freeText}): a
 * pseudonymisation replaces names there and nowhere else (code paths, document ids and coder
 * names are references, never rewritten).
 */
final class FreeTextFiles {
    private FreeTextFiles() {
    }

    /** Project-relative file -> the keys whose values are free text. */
    static Map<String, Set<String>> of(Project p) {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        for (FileKind<?> kind : FileKinds.all()) {
            if (kind.isDerived() || kind.freeText().isEmpty()) continue;
            for (String key : kind.keys(p.dir())) out.put(kind.relative(key), kind.freeText());
        }
        return out;
    }

    /** A file's new bytes and how many names were replaced in its free text. */
    record Rewrite(byte[] bytes, int replacements) {
    }

    /**
     * The file with names replaced in the values of {@code keys}, or null when none is there. The
     * file's own text is kept (comments, layout) when replacing every name in it gives exactly that
     * change; otherwise (a name in a reference, a replacement that would not parse as written) the
     * values are replaced and the file is written plainly, its comments dropped with their names.
     */
    static Rewrite rewrite(Path file, byte[] bytes, Set<String> keys, Pseudonymizer ps) {
        JsonNode expected = tree(file, bytes);
        int n = replaceIn(expected, keys, ps);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String everywhere = ps.replace(text);
        if (everywhere.equals(text)) return null;
        try {
            if (Yaml.MAPPER.readTree(everywhere).equals(expected)) return new Rewrite(everywhere.getBytes(StandardCharsets.UTF_8), n);
        } catch (JsonProcessingException e) {
            // a replacement that needs quoting here: write the values plainly below
        }
        return n == 0 ? null : new Rewrite(Yaml.write(expected), n);
    }

    private static JsonNode tree(Path file, byte[] bytes) {
        try {
            JsonNode t = Yaml.MAPPER.readTree(bytes);
            if (t == null) throw new ThemaException(file + ": file is empty");
            return t;
        } catch (java.io.IOException e) {
            throw new ThemaException(file + ": not readable YAML (" + String.valueOf(e.getMessage()).split("\n")[0] + ")");
        }
    }

    /** Replaces in place; returns how many names were replaced. */
    private static int replaceIn(JsonNode node, Set<String> keys, Pseudonymizer ps) {
        int n = 0;
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) names.add(it.next());
            for (String k : names) {
                JsonNode v = o.get(k);
                if (v.isTextual() && keys.contains(k)) {
                    List<Pseudonymizer.Edit> edits = ps.find("", v.asText());
                    if (!edits.isEmpty()) {
                        o.set(k, TextNode.valueOf(Pseudonymizer.apply(v.asText(), edits)));
                        n += edits.size();
                    }
                } else {
                    n += replaceIn(v, keys, ps);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode v : node) n += replaceIn(v, keys, ps);
        }
        return n;
    }
}
