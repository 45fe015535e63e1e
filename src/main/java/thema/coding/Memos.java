package thema.coding;

import thema.project.Codebook;
import thema.project.Coding;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import thema.project.Changes;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Yaml;

/**
 * {@code memos/<coder>.yaml}: one coder's memos on documents and codes (one each, edited in
 * place) and their reflexive journal (dated entries, appended). One file per coder, so git
 * merges two coders' memos without conflicts. Memos on codings live on the codings.
 */
@JsonPropertyOrder({"coder", "memos"})
public final class Memos {
    public static final String FOLDER = "memos";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"journal", "doc", "code", "time", "text"})
    public static final class Memo {
        /** True for a journal entry; else the memo is on {@code doc} or {@code code}. */
        public Boolean journal;
        public String doc;
        public String code;
        public String time;
        public String text;

        public String about() {
            return Boolean.TRUE.equals(journal) ? "journal" : doc != null ? "document " + doc : "code " + code;
        }
    }

    /** What a memo is on: a document, a code, or (appended, never replaced) the coder's journal. */
    public record About(String doc, String code, boolean isJournal) {
        public static About document(String id) {
            return new About(id, null, false);
        }

        public static About code(String path) {
            return new About(null, path, false);
        }

        public static About journal() {
            return new About(null, null, true);
        }
    }

    public String coder;
    public List<Memo> memos = new ArrayList<>();

    public static Path file(Project p, String coder) {
        return p.dir().resolve(FOLDER).resolve(coder + ".yaml");
    }

    public static Memos load(Project p, String coder) {
        Path f = file(p, coder);
        if (!Files.exists(f)) {
            Memos m = new Memos();
            m.coder = coder;
            return m;
        }
        Memos m = Yaml.read(f, Memos.class);
        for (Memo x : m.memos) {
            int targets = (Boolean.TRUE.equals(x.journal) ? 1 : 0) + (x.doc != null ? 1 : 0) + (x.code != null ? 1 : 0);
            if (targets != 1) throw new ThemaException(f + ": each memo is on exactly one of journal, doc or code");
            if (x.text == null) throw new ThemaException(f + ": a memo on " + x.about() + " has no text");
            if (x.doc != null && p.findDocument(x.doc).isEmpty()) throw new ThemaException(f + ": memo on document '" + x.doc + "', which is not in the project");
            if (x.code != null && !p.codebook().contains(x.code)) throw new ThemaException(f + ": memo on code '" + x.code + "', which is not in the codebook");
        }
        return m;
    }

    /** Every coder with a memos file. */
    public static List<String> coders(Project p) {
        Path dir = p.dir().resolve(FOLDER);
        if (!Files.isDirectory(dir)) return List.of();
        try (var s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new ThemaException(dir + ": cannot list (" + e.getMessage() + ")");
        }
    }

    /** Sets (or with empty text removes) the memo on a document or code, or appends a journal entry. */
    public static void write(Project p, String coder, About on, String text) {
        write(p, coder, on.doc(), on.code(), on.isJournal(), text);
    }

    private static void write(Project p, String coder, String doc, String code, boolean journal, String text) {
        p.write(ch -> {
            p.checkCoder(coder);
            Memos m = load(p, coder);
            String exactCode = code == null ? null : p.codebook().resolve(code);
            if (doc != null) p.document(doc);
            if (journal) {
                if (text.isBlank()) throw new ThemaException("a journal entry needs text");
            } else {
                m.memos.removeIf(x -> (doc != null && doc.equals(x.doc)) || (exactCode != null && exactCode.equals(x.code)));
            }
            if (!text.isBlank()) {
                Memo x = new Memo();
                x.journal = journal ? Boolean.TRUE : null;
                x.doc = doc;
                x.code = exactCode;
                x.time = Coding.now();
                x.text = text.strip();
                m.memos.add(x);
            }
            ch.file(FOLDER + "/" + coder + ".yaml", Yaml.write(m));
            return null;
        });
    }

    /** This coder's memo on a document or a code (its exact path), or null; the journal has entries, not one memo. */
    public String text(About on) {
        if (on.isJournal()) return null;
        return memos.stream().filter(x -> on.doc() != null ? on.doc().equals(x.doc) : on.code().equals(x.code))
                .map(x -> x.text).findFirst().orElse(null);
    }

    static void stageRepath(Project p, Changes ch, String from, String to) {
        for (String coder : coders(p)) {
            Memos m = Yaml.read(file(p, coder), Memos.class);
            boolean changed = false;
            for (Memo x : m.memos) {
                if (x.code != null && Codebook.isSelfOrDescendant(x.code, from)) {
                    x.code = Codebook.repath(x.code, from, to);
                    changed = true;
                }
            }
            if (changed) ch.file(FOLDER + "/" + coder + ".yaml", Yaml.write(m));
        }
    }
}
