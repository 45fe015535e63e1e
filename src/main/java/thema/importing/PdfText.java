package thema.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import thema.project.ThemaException;

/**
 * The text of a text PDF (policy texts, school plans, field notes), page by page in reading order
 * (Apache PDFBox, in the order the PDF writes its text, so columns read one after the other), with the offset where each page
 * begins so quotes can cite their page. Paragraphs are separated by a blank line, and so are pages.
 * A PDF without text (scanned) is refused; a hostile one is bounded: at most {@link #MAX_PAGES}
 * pages, {@link #MAX_MEMORY} bytes of PDFBox buffers, {@link #TIME_LIMIT_SECONDS} seconds.
 */
final class PdfText {
    static final int MAX_PAGES = 2000;
    static final long MAX_MEMORY = 256L * 1024 * 1024;
    static final long TIME_LIMIT_SECONDS = 60;
    /**
     * PDFBox logs what it works around (through java.util.logging, to stderr); thema says what went
     * wrong in one line itself. Held here so the silenced loggers are not collected.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    static {
        for (Logger l : QUIET) l.setLevel(Level.OFF);
    }

    /** The text, and the code point where each page's text begins (page 1 first). */
    record Pages(String text, List<Integer> starts) {
    }

    private PdfText() {
    }

    static Pages read(Path file) {
        return read(file, TIME_LIMIT_SECONDS * 1000);
    }

    /** As {@link #read(Path)}, given up after {@code millis} milliseconds. */
    static Pages read(Path file, long millis) {
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "thema-pdf");
            t.setDaemon(true); // a PDF that never finishes must not keep thema running
            return t;
        });
        Future<Pages> f = one.submit(() -> extract(file));
        try {
            return f.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ThemaException("reading the PDF took longer than " + (millis >= 1000 ? millis / 1000 + " seconds" : millis + " ms") + "; not imported");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ThemaException t) throw t;
            if (c instanceof StackOverflowError) throw new ThemaException("the PDF is nested too deeply to read");
            if (c instanceof OutOfMemoryError) throw new ThemaException("the PDF needs more than " + MAX_MEMORY / (1024 * 1024) + " MB to read");
            throw new ThemaException("not a readable PDF (" + (c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ThemaException("reading the PDF was interrupted");
        } finally {
            one.shutdownNow();
        }
    }

    private static Pages extract(Path file) throws IOException {
        if (Files.size(file) > TranscriptParser.MAX_FILE_BYTES) {
            throw new ThemaException("file too large (over " + TranscriptParser.MAX_FILE_BYTES / (1024 * 1024) + " MB)");
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
            int n = doc.getNumberOfPages();
            if (n > MAX_PAGES) throw new ThemaException("the PDF has " + n + " pages; thema imports PDFs of at most " + MAX_PAGES);
            if (n == 0) throw new ThemaException("the PDF has no pages");
            PDFTextStripper stripper = new PDFTextStripper();
            // the order the PDF writes its text (and its article beads): a two-column page reads column
            // by column; sorting by position would interleave the columns line by line
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            StringBuilder text = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            int codePoints = 0;
            for (int page = 1; page <= n; page++) {
                if (Thread.currentThread().isInterrupted()) throw new ThemaException("reading the PDF was interrupted");
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = tidy(stripper.getText(doc));
                if (!pageText.isEmpty() && text.length() > 0) {
                    text.append("\n\n");
                    codePoints += 2;
                }
                starts.add(codePoints);
                text.append(pageText);
                codePoints += pageText.codePointCount(0, pageText.length());
            }
            if (TextDecoding.isBlank(text.toString())) {
                throw new ThemaException("the PDF has no text (a scanned PDF? run OCR on it first, then import the text PDF)");
            }
            return new Pages(text.toString(), starts);
        } catch (InvalidPasswordException e) {
            throw new ThemaException("the PDF is password-protected");
        }
    }

    /** One page's text: Unix line ends, no trailing spaces, at most one blank line in a row, none at the ends. */
    static String tidy(String s) {
        String t = s.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace("\u0000", "")
                .replaceAll("[ \\t\\u00A0]+\n", "\n").replaceAll("\n{3,}", "\n\n");
        return t.strip();
    }
}
