package thema.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import thema.project.ThemaException;

/**
 * Entry point of the transcript importers: picks the reader by file extension and turns
 * every problem with the input into a one-line ThemaException "file name: problem".
 */
public final class TranscriptParser {
    /** Larger text files are not transcripts (a 3-hour interview is about 200 kB). */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private TranscriptParser() {
    }

    /** Reads and parses a transcript file; throws ThemaException("<file name>: <problem>") for bad input. */
    public static ParsedTranscript parse(Path file) {
        return parse(file, null);
    }

    /** As {@link #parse(Path)}, a text file read in {@code encoding} (null: decided from its bytes). */
    public static ParsedTranscript parse(Path file, Charset encoding) {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        try {
            return parse(file, extension(name), encoding);
        } catch (ThemaException e) {
            throw new ThemaException(name + ": " + e.getMessage(), e);
        }
    }

    /** Parses already-decoded plain text (.txt/.md rules): used by tests and by other importers. */
    public static ParsedTranscript parsePlain(String normalizedText) {
        return new ParsedTranscript(normalizedText, SpeakerTurns.find(normalizedText), "txt");
    }

    /** Whether a speaker label is a role (Interviewer, R, Leerkracht 2) rather than a person's name. */
    public static boolean isRoleLabel(String label) {
        return SpeakerLabels.isRole(label);
    }

    /**
     * Decodes a text file's bytes as a .txt import does (BOM removed, UTF-8/UTF-16/cp1252) but
     * keeps its line ends: positions other tools wrote count them (see thema.interchange).
     */
    public static String decodeKeepingLineEnds(byte[] bytes) {
        return TextDecoding.decodeKeepingLineEnds(bytes, null);
    }

    /** The stored form of decoded text: every CRLF or lone CR becomes LF. */
    public static String normaliseNewlines(String s) {
        return TextDecoding.normaliseNewlines(s);
    }

    private static ParsedTranscript parse(Path file, String ext, Charset encoding) {
        switch (ext) {
            case "txt", "md" -> {
                ParsedTranscript p = parsePlain(TextDecoding.decode(readBytes(file), encoding));
                return new ParsedTranscript(p.text(), p.turns(), ext);
            }
            case "vtt", "srt" -> {
                ParsedTranscript p = SubtitleText.parse(TextDecoding.decode(readBytes(file), encoding), ext);
                if (p == null) throw new ThemaException("no subtitle cues with text found (expected blocks with a 'start --> end' line)");
                return p;
            }
            case "docx" -> {
                checkReadable(file);
                String text = DocxText.read(file);
                if (TextDecoding.isBlank(text)) throw new ThemaException("the file has no text");
                ParsedTranscript p = parsePlain(text);
                return new ParsedTranscript(p.text(), p.turns(), ext);
            }
            case "pdf" -> {
                checkReadable(file);
                PdfText.Pages pdf = PdfText.read(file);
                ParsedTranscript p = parsePlain(pdf.text());
                return new ParsedTranscript(p.text(), p.turns(), ext, List.of(), pdf.starts());
            }
            default -> throw new ThemaException("unsupported file type (expected .txt, .md, .docx, .pdf, .vtt or .srt)");
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] readBytes(Path file) {
        checkReadable(file);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ThemaException("file too large for a transcript (over " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private static void checkReadable(Path file) {
        if (Files.isDirectory(file)) throw new ThemaException("cannot read file (it is a directory)");
        if (!Files.exists(file)) throw new ThemaException("cannot read file (no such file)");
    }

    private static ThemaException cannotRead(IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ThemaException("cannot read file (" + why + ")", e);
    }
}
