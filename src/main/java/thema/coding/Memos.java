package thema.coding;

import thema.project.Codebook;
import thema.project.Coding;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import thema.project.FileKind;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Yaml;

/**
 * {@code memos/<coder>.yaml}: one coder's memos on documents and codes (one each, edited in
 * place) and their reflexive journal (dated entries, appended). One file per coder, so git
 * merges two coders' memos without conflicts. Memos on codings live on the codings. An
 * immutable value: a change is a new one.
 */
@JsonPropertyOrder({"coder", "memos"})
public final class Memos {
    public static final String FOLDER = "memos";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"journal", "doc", "code", "time", "text"})
    public static final class Memo {
        /** True for a journal entry; else the memo is on {@code doc} or {@code code}. */
        public final Boolean journal;
        public final String doc;
        public final String code;
        public final String time;
        public final String text;

        /** For reading only: the fields are set from the file as it is read, so an unknown key is named with its line. */
        private Memo() {
            this(null, null, null, null, null);
        }

        public Memo(Boolean journal, String doc, String code, String time, String text) {
            this.journal = journal;
            this.doc = doc;
            this.code = code;
            this.time = time;
            this.text = text;
        }

        public String about() {
            return Boolean.TRUE.equals(journal) ? "journal" : doc != null ? "document " + doc : "code " + code;
        }

        public Memo withText(String t) {
            return new Memo(journal, doc, code, time, t);
        }

        public Memo withCode(String c) {
            return new Memo(journal, doc, c, time, text);
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

    public final String coder;
    public final List<Memo> memos;

    /** For reading only (see {@link Memo#Memo()}); {@link #KIND} makes the lists read unmodifiable. */
    private Memos() {
        this(null, null);
    }

    public Memos(String coder, List<Memo> memos) {
        this.coder = coder;
        this.memos = memos == null ? List.of() : List.copyOf(memos);
    }

    /** The kind of file: checked against the documents and the codebook; its code memos follow a rename. */
    public static final FileKind<Memos> KIND = FileKind.source("memos", FOLDER + "/*.yaml", Memos.class)
            .withParser((file, key, bytes) -> {
                Memos m = Yaml.parse(file, bytes, Memos.class);
                return new Memos(m.coder, m.memos);
            })
            .withValidator((p, file, key, m) -> m.validate(p, file))
            .withRepath(Memos::repath)
            .withDropDocument(Memos::withoutDocument)
            .whenAbsent(coder -> new Memos(coder, List.of()))
            .withFreeText("text")
            .byCoder();

    public static Memos load(Project p, String coder) {
        return p.read(KIND, coder);
    }

    private void validate(Project p, String f) {
        for (Memo x : memos) {
            int targets = (Boolean.TRUE.equals(x.journal) ? 1 : 0) + (x.doc != null ? 1 : 0) + (x.code != null ? 1 : 0);
            if (targets != 1) throw new ThemaException(f + ": each memo is on exactly one of journal, doc or code");
            if (x.text == null) throw new ThemaException(f + ": a memo on " + x.about() + " has no text");
            if (x.doc != null && p.findDocument(x.doc).isEmpty()) throw new ThemaException(f + ": memo on document '" + x.doc + "', which is not in the project");
            if (x.code != null && !p.codebook().contains(x.code)) throw new ThemaException(f + ": memo on code '" + x.code + "', which is not in the codebook");
        }
    }

    /** Every coder with a memos file. */
    public static List<String> coders(Project p) {
        return p.keys(KIND);
    }

    /** Sets (or with empty text removes) the memo on a document or code, or appends a journal entry. */
    public static void write(Project p, String coder, About on, String text) {
        write(p, coder, on.doc(), on.code(), on.isJournal(), text);
    }

    private static void write(Project p, String coder, String doc, String code, boolean journal, String text) {
        p.write(ch -> {
            p.checkCoder(coder);
            List<Memo> list = new ArrayList<>(load(p, coder).memos);
            String exactCode = code == null ? null : p.codebook().resolve(code);
            if (doc != null) p.document(doc);
            if (journal) {
                if (text.isBlank()) throw new ThemaException("a journal entry needs text");
            } else {
                list.removeIf(x -> (doc != null && doc.equals(x.doc)) || (exactCode != null && exactCode.equals(x.code)));
            }
            if (!text.isBlank()) list.add(new Memo(journal ? Boolean.TRUE : null, doc, exactCode, Coding.now(), text.strip()));
            ch.put(KIND, coder, new Memos(coder, list));
            return null;
        });
    }

    /** This coder's memos with {@code x} added. */
    public Memos with(Memo x) {
        List<Memo> list = new ArrayList<>(memos);
        list.add(x);
        return new Memos(coder, list);
    }

    /** This coder's memos with {@code old} replaced by {@code x}. */
    public Memos replacing(Memo old, Memo x) {
        List<Memo> list = new ArrayList<>(memos);
        list.set(list.indexOf(old), x);
        return new Memos(coder, list);
    }

    /** This coder's memo on a document or a code (its exact path), or null; the journal has entries, not one memo. */
    public String text(About on) {
        if (on.isJournal()) return null;
        return memos.stream().filter(x -> on.doc() != null ? on.doc().equals(x.doc) : on.code().equals(x.code))
                .map(x -> x.text).findFirst().orElse(null);
    }

    /**
     * These memos after code {@code from} (and its subcodes) was merged into {@code to}: a memo on a
     * merged code goes to the code it lands on, appended to the memo already there ({@link #joined}).
     */
    Memos merged(String from, String to) {
        if (memos.stream().noneMatch(x -> onCode(x, from))) return this;
        List<Memo> out = new ArrayList<>(memos.stream().filter(x -> !onCode(x, from)).toList());
        for (Memo x : memos) {
            if (!onCode(x, from)) continue;
            Memo moved = x.withCode(Codebook.repath(x.code, from, to));
            int at = -1;
            for (int i = 0; i < out.size() && at < 0; i++) if (moved.code.equals(out.get(i).code)) at = i;
            if (at < 0) out.add(moved);
            else out.set(at, out.get(at).withText(joined(out.get(at).text, moved.text)));
        }
        return new Memos(coder, out);
    }

    /** These memos without those on code {@code path} and its subcodes. */
    Memos withoutCode(String path) {
        return memos.stream().noneMatch(x -> onCode(x, path)) ? this : new Memos(coder, memos.stream().filter(x -> !onCode(x, path)).toList());
    }

    /** These memos without those on document {@code id}. */
    Memos withoutDocument(String id) {
        return memos.stream().noneMatch(x -> id.equals(x.doc)) ? this : new Memos(coder, memos.stream().filter(x -> !id.equals(x.doc)).toList());
    }

    /** How many of these memos are on code {@code path} or its subcodes. */
    long onCode(String path) {
        return memos.stream().filter(x -> onCode(x, path)).count();
    }

    private static boolean onCode(Memo x, String path) {
        return x.code != null && Codebook.isSelfOrDescendant(x.code, path);
    }

    /** Two notes become one, the first kept first: "a / b"; one of them, when the other is empty or the same. */
    static String joined(String first, String second) {
        if (first == null || first.isBlank()) return second;
        if (second == null || second.isBlank() || second.equals(first)) return first;
        return first + " / " + second;
    }

    /** These memos after code {@code from} was renamed or moved to {@code to}; this value when none is on it. */
    Memos repath(String from, String to) {
        if (memos.stream().noneMatch(x -> x.code != null && Codebook.isSelfOrDescendant(x.code, from))) return this;
        return new Memos(coder, memos.stream().map(x -> x.code == null ? x : x.withCode(Codebook.repath(x.code, from, to))).toList());
    }
}
