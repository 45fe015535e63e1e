package thema.importing;

import thema.project.Coding;
import thema.project.Document;
import thema.project.DocumentMeta;
import thema.project.Project;
import thema.project.ThemaException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports transcript files into a project. Every file is parsed before anything is written,
 * and all of them are saved in one atomic step: one bad file leaves the project as it was.
 */
public final class Importer {
    private Importer() {
    }

    /** A document id from a file name: its base name, with characters ids cannot hold made '-'. */
    public static String idFor(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        if (dot > 0) n = n.substring(0, dot);
        return sanitizeId(n);
    }

    /** A document id from any name: characters ids cannot hold made '-'; "document" if nothing is left. */
    public static String sanitizeId(String name) {
        String n = name.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[._-]+", "").replaceAll("-+$", "");
        return n.isEmpty() ? "document" : n;
    }

    public static List<String> importFiles(Project p, List<Path> files, String asId, Map<String, String> attributes) {
        return importFiles(p, files, asId, attributes, null, new ArrayList<>());
    }

    /**
     * As above, text files read in {@code encoding} (null: each file's encoding is decided from its
     * bytes); what was read with a doubt is added to {@code warnings} as "file name: line N: ...".
     */
    public static List<String> importFiles(Project p, List<Path> files, String asId, Map<String, String> attributes, Charset encoding,
                                           List<String> warnings) {
        if (asId != null && files.size() != 1) throw new ThemaException("an id to import under names one document; give one file with it");
        if (files.isEmpty()) throw new ThemaException("no files to import");
        Map<String, ParsedTranscript> parsed = new LinkedHashMap<>();
        Map<String, Path> sources = new LinkedHashMap<>();
        for (Path f : files) {
            String id = Project.checkName("document id", asId != null ? asId : idFor(f));
            if (sources.containsKey(id)) {
                throw new ThemaException(f + ": document id '" + id + "' is also the id of " + sources.get(id), ThemaException.Remedy.OTHER_ID);
            }
            ParsedTranscript t = TranscriptParser.parse(f, encoding);
            for (String w : t.warnings()) warnings.add(f.getFileName() + ": " + w);
            parsed.put(id, t);
            sources.put(id, f);
        }
        return p.write(ch -> {
            List<String> ids = new ArrayList<>();
            String now = Coding.now();
            for (var e : parsed.entrySet()) {
                String id = e.getKey();
                if (p.findDocument(id).isPresent()) {
                    throw new ThemaException(sources.get(id) + ": document '" + id + "' is already in the project", ThemaException.Remedy.OTHER_ID);
                }
                ParsedTranscript t = e.getValue();
                DocumentMeta m = new DocumentMeta();
                m.id = id;
                m.source = sources.get(id).getFileName().toString();
                m.format = t.format();
                m.imported = now;
                m.sha256 = Document.sha256(t.text().getBytes(StandardCharsets.UTF_8));
                m.length = t.text().codePointCount(0, t.text().length());
                m.attributes = new LinkedHashMap<>(attributes);
                m.turns = new ArrayList<>(t.turns());
                ch.document(m, t.text());
                ids.add(id);
            }
            return ids;
        });
    }
}
