package thema.interchange;

import thema.importing.LimitedInputStream;
import thema.importing.TranscriptParser;
import thema.project.ThemaException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a zip from someone else into a fresh directory. Refuses entries whose names lead
 * outside it (zip slip: "../x", "/etc/x", "C:\x"), more than {@link Limits#maxEntries}
 * entries, more than {@link Limits#maxBytes} unpacked bytes in all, and a text (.txt) or
 * project (.qde) entry larger than its own cap, all counted while inflating (declared sizes
 * can lie: zip bombs). Errors name the archive and the entry.
 */
final class SafeZip {
    /**
     * Caps for untrusted archives. A .txt entry is read whole into memory as a transcript, so it
     * has the cap of {@code thema import}; a .qde is parsed whole too.
     */
    record Limits(int maxEntries, long maxBytes, long maxTextBytes, long maxQdeBytes) {
        /** A large project (500 interviews, 100,000 codings) is about 50 MB unpacked. */
        static final Limits DEFAULT = new Limits(20_000, 2L * 1024 * 1024 * 1024, TranscriptParser.MAX_FILE_BYTES, 256L * 1024 * 1024);

        Limits(int maxEntries, long maxBytes) {
            this(maxEntries, maxBytes, maxBytes, maxBytes);
        }

        /** The cap of one entry by its kind; docx text is capped when it is read (DocxText). */
        long maxEntryBytes(String entryName) {
            String n = entryName.toLowerCase(Locale.ROOT);
            return n.endsWith(".txt") ? maxTextBytes : n.endsWith(".qde") ? maxQdeBytes : maxBytes;
        }
    }

    private SafeZip() {
    }

    /**
     * Extracts the file entries whose names {@code wanted} accepts (every entry is still
     * checked for zip slip and counted); returns them by entry name in lower case, '\' read as '/'.
     */
    static Map<String, Path> extract(Path zipFile, Path into, Limits limits, java.util.function.Predicate<String> wanted) {
        String name = zipFile.getFileName().toString();
        Map<String, Path> out = new LinkedHashMap<>();
        Path root = into.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new ThemaException(name + ": holds more than " + limits.maxEntries() + " entries; refusing it (damaged or a zip bomb)");
            }
            long total = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > limits.maxEntries()) {
                    throw new ThemaException(name + ": holds more than " + limits.maxEntries() + " entries; refusing it (damaged or a zip bomb)");
                }
                String entryName = e.getName().replace('\\', '/');
                Path target = root.resolve(entryName).normalize();
                if (entryName.startsWith("/") || entryName.matches("^[A-Za-z]:.*") || !target.startsWith(root) || target.equals(root)) {
                    if (target.equals(root) && e.isDirectory()) continue;
                    throw new ThemaException(name + ": entry '" + e.getName() + "' points outside the archive's folder; refusing it (zip slip)");
                }
                if (e.isDirectory() || !wanted.test(entryName)) continue;
                Files.createDirectories(target.getParent());
                long left = limits.maxBytes() - total;
                long cap = limits.maxEntryBytes(entryName);
                try (InputStream in = new LimitedInputStream(zip.getInputStream(e), Math.min(left, cap));
                     OutputStream o = Files.newOutputStream(target)) {
                    total += in.transferTo(o);
                } catch (LimitedInputStream.LimitExceeded x) {
                    if (cap < left) {
                        throw new ThemaException(name + ": entry '" + e.getName() + "' unpacks to more than " + mb(cap)
                                + " (the cap for one " + (entryName.toLowerCase(Locale.ROOT).endsWith(".qde") ? "project file" : "text")
                                + "); refusing it (damaged or a zip bomb)");
                    }
                    throw new ThemaException(name + ": entry '" + e.getName() + "' takes the unpacked size over " + mb(limits.maxBytes())
                            + "; refusing it (damaged or a zip bomb)");
                }
                out.put(entryName.toLowerCase(Locale.ROOT), target);
            }
        } catch (ZipException e) {
            throw new ThemaException(name + ": not a REFI-QDA project (not a valid zip archive: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ThemaException(name + ": cannot read (" + e.getMessage() + ")");
        }
        return out;
    }

    private static String mb(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
