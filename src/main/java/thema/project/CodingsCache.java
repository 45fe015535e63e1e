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
 * The cached parse of a large coder file in a compact binary form: a coding is its two offsets
 * and the numbers of its strings in a table, each string written once (a coder's million codings
 * name two thousand documents, fifty codes and a few times). Reading it costs no JSON parsing and
 * no bean per coding, and equal strings are one object in memory. Damaged or foreign bytes are
 * an IOException: it is only a cache, and the YAML is parsed instead.
 */
final class CodingsCache {
    private static final String MAGIC = "thema codings cache 1";

    private CodingsCache() {
    }

    static Map<String, ParsedCache.Entry<CoderFile>> read(Path file) throws IOException {
        long size = Files.size(file);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) throw new IOException(file + ": not a codings cache");
            Strings s = new Strings(in, size);
            Map<String, ParsedCache.Entry<CoderFile>> out = new LinkedHashMap<>();
            for (int e = s.count(); e > 0; e--) {
                String name = s.read(), key = s.read(), stamp = s.read();
                Boolean written = flag(in.readByte());
                String coder = s.read();
                List<String> done = new ArrayList<>();
                for (int i = s.count(); i > 0; i--) done.add(s.read());
                int n = s.count();
                List<Coding> codings = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String doc = s.read();
                    int start = in.readInt(), end = in.readInt();
                    String code = s.read(), memo = s.read();
                    Boolean keyQuote = flag(in.readByte());
                    codings.add(new Coding(doc, start, end, code, memo, keyQuote, s.read(), s.read()));
                }
                out.put(name, new ParsedCache.Entry<>(key, new CoderFile(coder, done, codings), written, stamp));
            }
            return out;
        }
    }

    static byte[] bytes(Map<String, ParsedCache.Entry<CoderFile>> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes, 1 << 16))) {
            out.writeUTF(MAGIC);
            Map<String, Integer> table = new HashMap<>();
            out.writeInt(entries.size());
            for (Map.Entry<String, ParsedCache.Entry<CoderFile>> e : entries.entrySet()) {
                ParsedCache.Entry<CoderFile> entry = e.getValue();
                write(out, table, e.getKey());
                write(out, table, entry.key());
                write(out, table, entry.stamp());
                out.writeByte(flag(entry.written()));
                CoderFile f = entry.value();
                write(out, table, f.coder());
                out.writeInt(f.done().size());
                for (String d : f.done()) write(out, table, d);
                out.writeInt(f.codings().size());
                for (Coding c : f.codings()) {
                    write(out, table, c.doc());
                    out.writeInt(c.start());
                    out.writeInt(c.end());
                    write(out, table, c.code());
                    write(out, table, c.memo());
                    out.writeByte(flag(c.key()));
                    write(out, table, c.author());
                    write(out, table, c.time());
                }
            }
        }
        return bytes.toByteArray();
    }

    /** A string as its number in the table; a new one's number is the table's size, followed by its UTF-8 bytes. */
    private static void write(DataOutputStream out, Map<String, Integer> table, String s) throws IOException {
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

    private static byte flag(Boolean b) {
        return (byte) (b == null ? 0 : b ? 2 : 1);
    }

    private static Boolean flag(byte b) throws IOException {
        if (b < 0 || b > 2) throw new IOException("bad flag " + b);
        return b == 0 ? null : b == 2;
    }

    /** The strings read so far; every number and length is checked against the file's size. */
    private static final class Strings {
        private final DataInputStream in;
        private final long size;
        private final List<String> table = new ArrayList<>();

        Strings(DataInputStream in, long size) {
            this.in = in;
            this.size = size;
        }

        int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > size) throw new IOException("bad count " + n);
            return n;
        }

        String read() throws IOException {
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
    }
}
