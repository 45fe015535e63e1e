package thema.interchange;

import org.w3c.dom.Element;
import thema.coding.Memos;
import thema.coding.Themes;
import thema.importing.Importer;
import thema.importing.TranscriptParser;
import thema.project.AtomicFiles;
import thema.project.Attributes;
import thema.project.Codebook;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.Document;
import thema.project.DocumentMeta;
import thema.project.Project;
import thema.project.ThemaException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Imports a REFI-QDA project (.qdpx) as a new thema project. The archive is unpacked with
 * {@link SafeZip}, the .qde (under any name) parsed with {@link SecureXml}, everything is
 * checked, and the project is built in a temporary directory beside the target and moved
 * into place: on any error the target is left as it was.
 *
 * <p>What maps to what: each User with codings becomes a coder (named from the user's name);
 * the CodeBook becomes the codebook (codes that are not codable stay as parent codes); each
 * TextSource becomes a document (its plain-text file; if that is empty, its inline
 * PlainTextContent or its .docx); each Coding of a PlainTextSelection becomes a coding, with
 * the selection's Description as its memo; Variables with their values on Cases or sources
 * become attributes. PDF, picture, audio and video sources are skipped and reported.
 */
public final class QdpxImport {
    /**
     * How selection positions count: code points (the standard) or UTF-16 code units (tools
     * written in Java, .NET or Qt), each with a CR counted or a CRLF as one character; or AUTO:
     * chosen per source (see {@link ReadingChoice}).
     */
    public enum Positions { AUTO, CODEPOINTS, UTF16, CODEPOINTS_CRLF1, UTF16_CRLF1 }

    public record Options(String language, boolean skipMissing, Positions positions) {
        public Options(String language, boolean skipMissing) {
            this(language, skipMissing, Positions.AUTO);
        }
    }

    public record Summary(String name, int documents, int codes, int codings, List<String> coders, List<String> notes) {
    }

    private static final Set<String> MEDIA = Set.of("PDFSource", "PictureSource", "AudioSource", "VideoSource");

    private QdpxImport() {
    }

    public static Summary run(Path file, Path dir, Options options) {
        return run(file, dir, options, SafeZip.Limits.DEFAULT);
    }

    static Summary run(Path file, Path dir, Options options, SafeZip.Limits limits) {
        String fname = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new ThemaException(fname + ": no such file");
        checkEmpty(dir);
        Path target = dir.toAbsolutePath().normalize();
        Path work;
        try {
            Files.createDirectories(target.getParent());
            work = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".import-");
        } catch (IOException e) {
            throw new ThemaException(dir + ": cannot create a working directory beside it (" + e.getMessage() + ")");
        }
        try {
            // only what can hold a project or a text: media files of other tools are not unpacked
            Map<String, Path> entries = SafeZip.extract(file, work.resolve("archive"), limits,
                    n -> n.toLowerCase(Locale.ROOT).matches(".*\\.(qde|txt|docx)$"));
            String qdeName = findQde(entries, fname);
            String label = fname + ": " + entries.get(qdeName).getFileName();
            org.w3c.dom.Document xml;
            try (InputStream in = Files.newInputStream(entries.get(qdeName))) {
                xml = SecureXml.parse(in, label);
            }
            Element root = xml.getDocumentElement();
            if (!"Project".equals(SecureXml.localName(root))) {
                throw new ThemaException(label + ": the root element is <" + SecureXml.localName(root) + ">, expected <Project> (not a REFI-QDA project)");
            }
            Built b = new Reader(label, entries, options).read(root);
            Path staging = work.resolve("project");
            String name = b.name != null ? b.name : target.getFileName().toString();
            Project p = Project.init(staging, name, options.language(), b.codebook);
            p.write(ch -> {
                b.documents.forEach((meta, text) -> ch.document(meta, text));
                b.codings.forEach((coder, list) -> ch.coder(new CoderFile(coder, List.of(), list)));
                b.memos.forEach((coder, m) -> ch.put(Memos.KIND, coder, m));
                if (!b.themes.themes.isEmpty()) ch.put(Themes.KIND, b.themes);
                return null;
            });
            AtomicFiles.deleteTree(staging.resolve(Project.DERIVED)); // lock and caches of the staging path
            Files.createDirectories(staging.resolve(Project.DERIVED));
            checkEmpty(dir);
            boolean wasEmptyDir = Files.isDirectory(target);
            if (wasEmptyDir) Files.delete(target);
            try {
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging, target);
                }
            } catch (IOException e) {
                if (wasEmptyDir) Files.createDirectories(target); // leave the target as it was
                throw e;
            }
            int n = b.codings.values().stream().mapToInt(List::size).sum();
            return new Summary(name, b.documents.size(), b.codebook.paths().size(), n, List.copyOf(b.codings.keySet()), b.notes);
        } catch (IOException e) {
            throw new ThemaException(fname + ": cannot import (" + e.getMessage() + ")");
        } finally {
            try {
                AtomicFiles.deleteTree(work);
            } catch (ThemaException ignored) {
                // a leftover temporary directory is harmless; the import's own error matters more
            }
        }
    }

    private static void checkEmpty(Path dir) {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new ThemaException(dir + ": exists and is not a directory; import into a new directory");
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isPresent()) throw new ThemaException(dir + ": is not empty; import into a new directory");
        } catch (IOException e) {
            throw new ThemaException(dir + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The single .qde: ATLAS.ti writes Project.qde, newer versions name it after the project. */
    private static String findQde(Map<String, Path> entries, String fname) {
        List<String> qde = entries.keySet().stream().filter(n -> n.endsWith(".qde") && !n.contains("__macosx/")).toList();
        if (qde.isEmpty()) throw new ThemaException(fname + ": no .qde project file inside (not a REFI-QDA project)");
        if (qde.size() == 1) return qde.get(0);
        if (qde.contains("project.qde")) return "project.qde";
        throw new ThemaException(fname + ": holds " + qde.size() + " .qde files (" + String.join(", ", qde) + "); expected one");
    }

    /** The parsed, checked content, ready to write. */
    private static final class Built {
        String name;
        Codebook codebook;
        final Map<DocumentMeta, String> documents = new LinkedHashMap<>();
        final Map<String, List<Coding>> codings = new TreeMap<>();
        final List<String> notes = new ArrayList<>();
        Map<String, Memos> memos = Map.of();
        Themes themes = new Themes(List.of());
    }

    private static final class Reader {
        private final String label;
        private final Map<String, Path> entries;
        private final Options options;
        private final Built b = new Built();
        private final Map<String, String> codeByGuid = new HashMap<>();
        private final Map<String, String> userName = new HashMap<>();
        private final Map<String, String> coderByGuid = new HashMap<>();
        private final Set<String> coderNames = new HashSet<>();
        private final Map<String, DocumentMeta> docBySource = new HashMap<>();
        private final Set<String> docIds = new HashSet<>();
        private final Map<String, String> variables = new HashMap<>();
        private final String now = Coding.now();
        private String projectUser;
        private QdpxExtras extras;
        private String origin;
        /** Sources whose positions land on the same characters under every reading. */
        private int agreeing;

        Reader(String label, Map<String, Path> entries, Options options) {
            this.label = label;
            this.entries = entries;
            this.options = options;
        }

        Built read(Element root) {
            b.name = SecureXml.attr(root, "name");
            projectUser = SecureXml.attr(root, "creatingUserGUID");
            origin = SecureXml.attr(root, "origin");
            for (Element u : SecureXml.children(SecureXml.child(root, "Users"), "User")) {
                String guid = SecureXml.attr(u, "guid");
                if (guid == null) throw new ThemaException(label + ": " + SecureXml.describe(u) + " has no guid");
                String n = SecureXml.attr(u, "name");
                userName.put(key(guid), n != null ? n : SecureXml.attr(u, "id"));
            }
            extras = new QdpxExtras(new QdpxExtras.Context(label, this::archived, u -> coder(u != null ? u : projectUser), codeByGuid, docBySource, this::values), root);
            b.codebook = CodeTree.read(SecureXml.child(SecureXml.child(root, "CodeBook"), "Codes"), label, codeByGuid, extras::isCase);
            // keys compare case-insensitively: GUIDs are written in either case
            Map<String, String> codes = new HashMap<>();
            codeByGuid.forEach((g, p) -> codes.put(key(g), p));
            codeByGuid.clear();
            codeByGuid.putAll(codes);
            for (Element v : SecureXml.children(SecureXml.child(root, "Variables"), "Variable")) {
                String guid = SecureXml.attr(v, "guid");
                String n = SecureXml.attr(v, "name");
                // NVivo prefixes its classifications: "Cases:Age group", "Files:Interviewer"
                if (guid != null && n != null) variables.put(key(guid), attributeName(n.replaceFirst("^(?i)(cases|files):(?=.)", "")));
            }

            Element sources = SecureXml.child(root, "Sources");
            List<String> missing = new ArrayList<>();
            Map<String, Integer> skipped = new TreeMap<>();
            int skippedCodings = 0;
            int missingCodings = 0;
            for (Element s = firstElement(sources); s != null; s = nextElement(s)) {
                String kind = SecureXml.localName(s);
                if (MEDIA.contains(kind)) {
                    skipped.merge(kind, 1, Integer::sum);
                    extras.notCarried(kind, kind + "s", 1);
                    skippedCodings += s.getElementsByTagNameNS("*", "Coding").getLength();
                    continue;
                }
                if (!kind.equals("TextSource")) continue;
                SourceText text = text(s);
                if (text == null) {
                    int codings = s.getElementsByTagNameNS("*", "Coding").getLength();
                    String unsupported = unsupported(s);
                    if (unsupported != null) {
                        // as a PDFSource: thema codes text only
                        b.notes.add("skipped TextSource '" + nameOf(s) + "' (" + codings + (codings == 1 ? " coding" : " codings") + "): its only file is "
                                + unsupported + ", and thema reads plain text and .docx");
                        extras.notCarried("TextSource with no text file", "TextSources with no text file", 1);
                        continue;
                    }
                    String path = SecureXml.attr(s, "plainTextPath") != null ? SecureXml.attr(s, "plainTextPath") : SecureXml.attr(s, "richTextPath");
                    missing.add("'" + nameOf(s) + "' (" + (path != null ? path : "no text file named") + ")");
                    missingCodings += codings;
                    extras.notCarried("TextSource without its text", "TextSources without their text", 1);
                    continue;
                }
                readTextSource(s, text);
            }
            if (agreeing > 0) {
                b.notes.add("positions of " + agreeing + (agreeing == 1 ? " source land" : " sources land")
                        + " on the same characters under every reading (code points or UTF-16 units, CR counted or not)");
            }
            if (!missing.isEmpty()) {
                String list = String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                        + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : "");
                if (!options.skipMissing()) {
                    throw new ThemaException(label + ": the text of " + missing.size() + " TextSource" + (missing.size() == 1 ? " is" : "s are")
                            + " not in the archive: " + list, ThemaException.Remedy.SKIP_MISSING);
                }
                b.notes.add("skipped " + missing.size() + " text source" + (missing.size() == 1 ? "" : "s") + " whose text is not in the archive ("
                        + missingCodings + " codings): " + list);
            }
            if (!skipped.isEmpty()) {
                List<String> kinds = new ArrayList<>();
                skipped.forEach((k, n) -> kinds.add(n + " " + k));
                b.notes.add("skipped " + String.join(", ", kinds) + " (" + skippedCodings + " codings): thema codes text only");
            }
            extras.read(root, codeByGuid);
            b.notes.addAll(extras.messages);
            b.memos = extras.memos;
            b.themes = extras.themes();
            for (var e : b.codings.entrySet()) e.setValue(dedupe(e.getValue()));
            String closing = extras.closingNote();
            if (closing != null) b.notes.add(closing);
            return b;
        }

        private void readTextSource(Element s, SourceText text) {
            String guid = SecureXml.attr(s, "guid");
            DocumentMeta m = new DocumentMeta();
            m.id = uniqueId(docId(nameOf(s)));
            m.source = nameOf(s);
            m.format = "qdpx";
            m.imported = now;
            String stored = text.parsed.text();
            m.sha256 = Document.sha256(stored.getBytes(StandardCharsets.UTF_8));
            m.length = stored.codePointCount(0, stored.length());
            m.turns = new ArrayList<>(text.parsed.turns());
            m.attributes = new LinkedHashMap<>(values(s));
            b.documents.put(m, stored);
            if (guid != null) docBySource.put(key(guid), m);
            List<Element> selections = SecureXml.children(s, "PlainTextSelection");
            int[] positions = new int[selections.size() * 2];
            for (int i = 0; i < selections.size(); i++) {
                positions[2 * i] = position(selections.get(i), "startPosition");
                positions[2 * i + 1] = position(selections.get(i), "endPosition");
            }
            SourceText.Reading reading = reading(s, text, positions);
            int length = text.length(reading);
            for (int i = 0; i < selections.size(); i++) {
                Element sel = selections.get(i);
                int start = positions[2 * i];
                int end = positions[2 * i + 1];
                if (start > end || end > length) {
                    throw new ThemaException(label + ": " + SecureXml.describe(sel) + " in TextSource '" + nameOf(s) + "': positions ["
                            + start + ", " + end + ") lie outside its text (0.." + length + (reading.utf16 ? " UTF-16 units" : "") + ")"
                            + (options.positions() == Positions.AUTO ? " under every reading of the positions" : ""));
                }
                int from = text.toStored(reading, start);
                int to = text.toStored(reading, end);
                List<Element> codings = SecureXml.children(sel, "Coding");
                if (codings.isEmpty()) {
                    extras.notCarried("PlainTextSelection without codings", "PlainTextSelections without codings", 1);
                    continue;
                }
                if (from >= to) {
                    b.notes.add("skipped the empty " + SecureXml.describe(sel) + " in '" + nameOf(s) + "'");
                    continue;
                }
                String memo = join(SecureXml.childText(sel, "Description"), extras.notesOn(sel));
                for (Element c : codings) add(m, from, to, c, sel, memo);
            }
            // a Coding directly on the source codes all of it
            for (Element c : SecureXml.children(s, "Coding")) {
                if (m.length > 0) add(m, 0, m.length, c, s, null);
            }
        }

        /** The reading asked for, or the one --positions auto chooses (with a note saying which and why). */
        private SourceText.Reading reading(Element s, SourceText text, int[] positions) {
            if (options.positions() != Positions.AUTO) return SourceText.Reading.valueOf(options.positions().name());
            ReadingChoice.Choice c = ReadingChoice.choose(text, positions, origin, nameOf(s), label);
            // no reading fits: report the selection outside the text under the origin's reading
            if (c == null) return ReadingChoice.prior(origin);
            if (c.note() == null) agreeing++;
            else b.notes.add(c.note());
            return c.reading();
        }

        private void add(DocumentMeta doc, int from, int to, Element coding, Element owner, String memo) {
            Element ref = SecureXml.child(coding, "CodeRef");
            String target = ref == null ? null : SecureXml.attr(ref, "targetGUID");
            if (target == null) throw new ThemaException(label + ": " + SecureXml.describe(coding) + " in " + SecureXml.describe(owner) + " has no CodeRef targetGUID");
            if (extras.caseCoding(target, doc)) return; // NVivo: the document belongs to a case, which is not a code
            String code = codeByGuid.get(key(target));
            if (code == null) {
                throw new ThemaException(label + ": " + SecureXml.describe(coding) + " in " + SecureXml.describe(owner)
                        + ": CodeRef targetGUID " + target + " is not a code of the CodeBook");
            }
            String user = SecureXml.attr(coding, "creatingUser");
            if (user == null) user = SecureXml.attr(owner, "creatingUser");
            if (user == null) user = projectUser;
            String coder = coder(user);
            String time = SecureXml.attr(coding, "creationDateTime");
            if (time == null) time = SecureXml.attr(owner, "creationDateTime");
            String note = memo == null || memo.isBlank() ? null : memo.strip();
            b.codings.computeIfAbsent(coder, k -> new ArrayList<>()).add(new Coding(doc.id, from, to, code, note, null, coder, time));
        }

        private String coder(String userGuid) {
            String k = userGuid == null ? "" : key(userGuid);
            return coderByGuid.computeIfAbsent(k, g -> {
                String n = userName.get(g);
                if (n == null || n.isBlank()) n = g.isEmpty() ? "imported" : "user-" + g.substring(0, Math.min(8, g.length()));
                String base = Importer.sanitizeId(n);
                if (base.equals("document")) base = g.isEmpty() ? "imported" : "user-" + g.substring(0, Math.min(8, g.length()));
                if (base.length() > 90) base = base.substring(0, 90);
                String unique = base;
                for (int i = 2; !coderNames.add(unique.toLowerCase(Locale.ROOT)); i++) unique = base + "-" + i;
                return Project.checkName("coder", unique);
            });
        }

        private int position(Element sel, String attr) {
            String v = SecureXml.attr(sel, attr);
            if (v == null) throw new ThemaException(label + ": " + SecureXml.describe(sel) + " has no " + attr);
            try {
                int n = Integer.parseInt(v);
                if (n < 0) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                throw new ThemaException(label + ": " + SecureXml.describe(sel) + ": " + attr + " '" + v + "' is not a position (a whole number from 0)");
            }
        }

        /** The text of a TextSource, or null when none of its files is in the archive. */
        private SourceText text(Element s) {
            String where = label + ": " + SecureXml.describe(s);
            try {
                Path plain = archived(SecureXml.attr(s, "plainTextPath"));
                String raw = null;
                if (plain != null) {
                    byte[] bytes = Files.readAllBytes(plain);
                    raw = bytes.length == 0 ? "" : TranscriptParser.decodeKeepingLineEnds(bytes);
                    if (!raw.isBlank()) return SourceText.ofRaw(raw);
                }
                String inline = SecureXml.childText(s, "PlainTextContent");
                if (inline != null && !inline.isBlank()) return SourceText.ofRaw(inline);
                // NVivo writes an empty plain-text twin next to the .docx original
                Path rich = archived(SecureXml.attr(s, "richTextPath"));
                if (rich != null && rich.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                    try {
                        return SourceText.ofDocx(TranscriptParser.parse(rich));
                    } catch (ThemaException e) {
                        if (raw == null) throw e;
                    }
                }
                if (raw == null) return null;
                b.notes.add("'" + nameOf(s) + "' has no text");
                return SourceText.ofRaw(raw);
            } catch (IOException e) {
                throw new ThemaException(where + ": cannot read its text (" + e.getMessage() + ")");
            } catch (ThemaException e) {
                throw new ThemaException(where + ": " + e.getMessage(), e);
            }
        }

        /** "a PDF: internal://x.pdf" when the source's only files are of a kind thema does not read (PDF, RTF, ...), else null. */
        private String unsupported(Element s) {
            String found = null;
            for (String attr : List.of("plainTextPath", "richTextPath")) {
                String path = SecureXml.attr(s, attr);
                if (path == null) continue;
                String ext = path.substring(path.lastIndexOf('/') + 1).replaceFirst("^[^.]*$", "").replaceFirst(".*\\.", "").toLowerCase(Locale.ROOT);
                if (ext.isEmpty() || ext.equals("txt") || ext.equals("docx")) return null; // a text file: missing, not unsupported
                if (found == null) found = (ext.equals("pdf") ? "a PDF" : "a ." + ext + " file") + ": " + path;
            }
            return found;
        }

        /** A file the .qde points at, looked up inside the archive only (never elsewhere on disk). */
        private Path archived(String path) {
            if (path == null) return null;
            String p = path.replace('\\', '/');
            p = p.replaceFirst("^(?i)(internal|relative|file)://", "");
            while (p.startsWith("/")) p = p.substring(1);
            String lower = p.toLowerCase(Locale.ROOT);
            for (String cand : List.of("sources/" + lower, lower, "sources/" + lower.substring(lower.lastIndexOf('/') + 1))) {
                Path f = entries.get(cand);
                if (f != null) return f;
            }
            return null;
        }

        private Map<String, String> values(Element owner) {
            Map<String, String> out = new LinkedHashMap<>();
            for (Element vv : SecureXml.children(owner, "VariableValue")) {
                Element ref = SecureXml.child(vv, "VariableRef");
                String name = ref == null ? null : variables.get(key(SecureXml.attr(ref, "targetGUID")));
                if (name == null) continue;
                for (String kind : List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")) {
                    String v = SecureXml.childText(vv, kind);
                    if (v != null && !v.isBlank()) out.put(name, v.strip());
                }
            }
            return out;
        }

        private String uniqueId(String base) {
            String id = base;
            for (int i = 2; !docIds.add(id.toLowerCase(Locale.ROOT)); i++) id = base + "-" + i;
            return Project.checkName("document id", id);
        }

        private String nameOf(Element s) {
            String n = SecureXml.attr(s, "name");
            if (n == null) n = SecureXml.attr(s, "plainTextPath");
            if (n == null) n = SecureXml.attr(s, "guid");
            return n == null ? "document" : n;
        }
    }

    /** A document id from a source's name: without a document extension, sanitised, at most 100 characters. */
    static String docId(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceFirst("(?i)\\.(txt|docx?|rtf|odt|pdf|md|html?)$", "");
        String id = Importer.sanitizeId(n);
        return id.length() > 90 ? id.substring(0, 90) : id;
    }

    /** An attribute name from a variable name: what Attributes.checkKey accepts. */
    static String attributeName(String n) {
        String k = n.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "_").replaceAll("^_+|_+$", "");
        if (k.isEmpty() || !Character.isLetter(k.codePointAt(0))) k = "v_" + k;
        return Attributes.checkKey(k);
    }

    private static String key(String guid) {
        return QdpxExtras.key(guid);
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) return b;
        return b == null ? a : a.strip() + "\n\n" + b;
    }

    private static List<Coding> dedupe(List<Coding> list) {
        List<Coding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Coding c : list) {
            if (seen.add(c.doc() + "\u0000" + c.start() + "\u0000" + c.end() + "\u0000" + c.code())) out.add(c);
        }
        return out;
    }

    private static Element firstElement(Element parent) {
        if (parent == null) return null;
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element e) return e;
        return null;
    }

    private static Element nextElement(Element e) {
        for (org.w3c.dom.Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) if (n instanceof Element x) return x;
        return null;
    }
}
