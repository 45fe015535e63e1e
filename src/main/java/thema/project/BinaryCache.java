package thema.project;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cached parse of project files ({@link ParsedCache}) in a compact binary form: each string
 * written once and then named by its number (a coder's million codings name two thousand documents,
 * fifty codes and a few times), a coding as its two offsets and the numbers of its strings. Reading
 * it needs no JSON or YAML machinery (a fresh JVM spends some 60 ms making Jackson ready, more than
 * a small command takes) and no bean per coding. Every field of each type is written: {@code
 * BinaryCacheTest} fills every field of every type and fails when one does not come back. Damaged
 * or foreign bytes are an IOException: it is only a cache, and the YAML is parsed instead.
 */
final class BinaryCache {
    /** Raised whenever what is written changes, so a cache written by another version is never read as this one's. */
    private static final String MAGIC = "thema cache 2 ";

    private BinaryCache() {
    }

    /** How one type is written and read. */
    interface Codec<T> {
        /** Names the type in the file's first line, so a cache of one type is never read as another's. */
        String name();

        void write(Out out, T value) throws IOException;

        T read(In in) throws IOException;
    }

    static <T> Map<String, ParsedCache.Entry<T>> read(Path file, Codec<T> codec) throws IOException {
        long size = Files.size(file);
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!(MAGIC + codec.name()).equals(data.readUTF())) throw new IOException(file + ": not a cache of " + codec.name());
            In in = new In(data, size);
            Map<String, ParsedCache.Entry<T>> out = new LinkedHashMap<>();
            for (int e = in.count(); e > 0; e--) {
                String name = in.string(), key = in.string(), stamp = in.string();
                Boolean written = in.flag();
                out.put(name, new ParsedCache.Entry<>(key, codec.read(in), written, stamp));
            }
            if (data.read() != -1) throw new IOException(file + ": bytes after the last entry");
            return out;
        }
    }

    static <T> byte[] bytes(Map<String, ParsedCache.Entry<T>> entries, Codec<T> codec) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(bytes, 1 << 16))) {
            data.writeUTF(MAGIC + codec.name());
            Out out = new Out(data);
            out.count(entries.size());
            for (Map.Entry<String, ParsedCache.Entry<T>> e : entries.entrySet()) {
                ParsedCache.Entry<T> entry = e.getValue();
                out.string(e.getKey());
                out.string(entry.key());
                out.string(entry.stamp());
                out.flag(entry.written());
                codec.write(out, entry.value());
            }
        }
        return bytes.toByteArray();
    }

    /** Writes numbers, flags and strings; a string as its number in the table, a new one followed by its UTF-8 bytes. */
    static final class Out {
        private final DataOutputStream out;
        private final Map<String, Integer> table = new HashMap<>();

        Out(DataOutputStream out) {
            this.out = out;
        }

        void number(int n) throws IOException {
            out.writeInt(n);
        }

        /** A count, or -1 for a null list or map. */
        void count(int n) throws IOException {
            out.writeInt(n);
        }

        void flag(Boolean b) throws IOException {
            out.writeByte(b == null ? 0 : b ? 2 : 1);
        }

        void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer known = table.get(s);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            table.put(s, table.size());
            out.writeInt(table.size() - 1);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        void strings(List<String> list) throws IOException {
            count(list == null ? -1 : list.size());
            if (list != null) for (String s : list) string(s);
        }
    }

    /** Reads what {@link Out} wrote; every number and length is checked against the file's size. */
    static final class In {
        private final DataInputStream in;
        private final long size;
        private final List<String> table = new ArrayList<>();

        In(DataInputStream in, long size) {
            this.in = in;
            this.size = size;
        }

        int number() throws IOException {
            return in.readInt();
        }

        int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > size) throw new IOException("bad count " + n);
            return n;
        }

        /** A count, or -1 for null. */
        int countOrNull() throws IOException {
            int n = in.readInt();
            if (n < -1 || n > size) throw new IOException("bad count " + n);
            return n;
        }

        Boolean flag() throws IOException {
            byte b = in.readByte();
            if (b < 0 || b > 2) throw new IOException("bad flag " + b);
            return b == 0 ? null : b == 2;
        }

        String string() throws IOException {
            int i = in.readInt();
            if (i == -1) return null;
            if (i >= 0 && i < table.size()) return table.get(i);
            if (i != table.size()) throw new IOException("bad string number " + i);
            byte[] b = new byte[count()];
            in.readFully(b);
            String s = new String(b, StandardCharsets.UTF_8);
            table.add(s);
            return s;
        }

        /** A list as Jackson reads one (an ArrayList), or null. */
        List<String> strings() throws IOException {
            int n = countOrNull();
            if (n < 0) return null;
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(string());
            return out;
        }
    }

    /** A coder's file: its name, the documents marked done, every coding. */
    static final Codec<CoderFile> CODER = new Codec<>() {
        @Override
        public String name() {
            return "codings";
        }

        @Override
        public void write(Out out, CoderFile f) throws IOException {
            out.string(f.coder());
            out.strings(f.done());
            out.count(f.codings().size());
            for (Coding c : f.codings()) {
                out.string(c.doc());
                out.number(c.start());
                out.number(c.end());
                out.string(c.code());
                out.string(c.memo());
                out.flag(c.key());
                out.string(c.author());
                out.string(c.time());
            }
        }

        @Override
        public CoderFile read(In in) throws IOException {
            String coder = in.string();
            List<String> done = in.strings();
            int n = in.count();
            List<Coding> codings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String doc = in.string();
                int start = in.number(), end = in.number();
                String code = in.string(), memo = in.string();
                Boolean key = in.flag();
                codings.add(new Coding(doc, start, end, code, memo, key, in.string(), in.string()));
            }
            return new CoderFile(coder, done, codings);
        }
    };

    /** A document's metadata: where it came from, its checksum, pages, attributes and turns. */
    static final Codec<DocumentMeta> DOCUMENT = new Codec<>() {
        @Override
        public String name() {
            return "documents";
        }

        @Override
        public void write(Out out, DocumentMeta m) throws IOException {
            out.string(m.id);
            out.string(m.source);
            out.string(m.format);
            out.string(m.imported);
            out.string(m.sha256);
            out.number(m.length);
            out.flag(m.media != null);
            if (m.media != null) {
                out.string(m.media.path());
                out.string(m.media.sha256());
            }
            out.count(m.pages == null ? -1 : m.pages.size());
            if (m.pages != null) for (Integer p : m.pages) out.number(p);
            out.count(m.attributes == null ? -1 : m.attributes.size());
            if (m.attributes != null) {
                for (Map.Entry<String, String> a : m.attributes.entrySet()) {
                    out.string(a.getKey());
                    out.string(a.getValue());
                }
            }
            out.count(m.turns == null ? -1 : m.turns.size());
            if (m.turns != null) {
                for (Turn t : m.turns) {
                    out.number(t.n());
                    out.string(t.speaker());
                    out.number(t.start());
                    out.number(t.body());
                    out.number(t.end());
                    out.string(t.from());
                    out.string(t.until());
                }
            }
        }

        @Override
        public DocumentMeta read(In in) throws IOException {
            DocumentMeta m = new DocumentMeta();
            m.id = in.string();
            m.source = in.string();
            m.format = in.string();
            m.imported = in.string();
            m.sha256 = in.string();
            m.length = in.number();
            m.media = Boolean.TRUE.equals(in.flag()) ? new DocumentMeta.Media(in.string(), in.string()) : null;
            int pages = in.countOrNull();
            m.pages = pages < 0 ? null : new ArrayList<>(pages);
            for (int i = 0; i < pages; i++) m.pages.add(in.number());
            int attributes = in.countOrNull();
            m.attributes = attributes < 0 ? null : new LinkedHashMap<>();
            for (int i = 0; i < attributes; i++) m.attributes.put(in.string(), in.string());
            int turns = in.countOrNull();
            m.turns = turns < 0 ? null : new ArrayList<>(turns);
            for (int i = 0; i < turns; i++) {
                int n = in.number();
                String speaker = in.string();
                int start = in.number(), body = in.number(), end = in.number();
                m.turns.add(new Turn(n, speaker, start, body, end, in.string(), in.string()));
            }
            return m;
        }
    };

    /** thema.yaml. */
    static final Codec<ProjectConfig> CONFIG = new Codec<>() {
        @Override
        public String name() {
            return "project";
        }

        @Override
        public void write(Out out, ProjectConfig c) throws IOException {
            out.string(c.name);
            out.string(c.language);
            out.number(c.format);
            out.string(c.citation);
            out.strings(c.interviewers);
            out.string(c.lastCoder);
        }

        @Override
        public ProjectConfig read(In in) throws IOException {
            ProjectConfig c = new ProjectConfig();
            c.name = in.string();
            c.language = in.string();
            c.format = in.number();
            c.citation = in.string();
            c.interviewers = in.strings();
            c.lastCoder = in.string();
            return c;
        }
    };

    /** The codes of codebook.yaml, as read (a Codebook is made from them, its checks run again). */
    static final Codec<List<Code>> CODES = new Codec<>() {
        @Override
        public String name() {
            return "codebook";
        }

        @Override
        public void write(Out out, List<Code> codes) throws IOException {
            out.count(codes == null ? -1 : codes.size());
            if (codes == null) return;
            for (Code c : codes) {
                out.flag(c != null);
                if (c == null) continue; // a bare '-' line: the codebook names it when it is made
                out.string(c.name);
                out.string(c.description);
                out.string(c.include);
                out.string(c.exclude);
                out.string(c.example);
                out.string(c.color);
                out.flag(c.exclusive);
                write(out, c.children);
            }
        }

        @Override
        public List<Code> read(In in) throws IOException {
            return codes(in, 0);
        }

        private List<Code> codes(In in, int depth) throws IOException {
            int n = in.countOrNull();
            if (n < 0) return null;
            if (depth > Codebook.MAX_DEPTH + 1) throw new IOException("codes nested deeper than a codebook may be");
            List<Code> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (!Boolean.TRUE.equals(in.flag())) {
                    out.add(null);
                    continue;
                }
                String name = in.string(), description = in.string(), include = in.string(), exclude = in.string(),
                        example = in.string(), color = in.string();
                boolean exclusive = Boolean.TRUE.equals(in.flag());
                out.add(new Code(name, description, include, exclude, example, color, exclusive, codes(in, depth + 1)));
            }
            return out;
        }
    };
}
