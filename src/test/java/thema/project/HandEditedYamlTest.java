package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;

/** A hand edit that YAML would read in a surprising way is refused with the file and line, and nothing is saved. */
class HandEditedYamlTest {
    @TempDir
    Path dir;
    Path codebook;
    Path anna;

    @BeforeEach
    void copy() throws IOException {
        TestProjects.copyExample("care-study", dir);
        codebook = dir.resolve("codebook.yaml");
        anna = dir.resolve("codings/anna.yaml");
    }

    /** Runs a command that reads {@code file}; it must fail with one line naming the file, the line and {@code what}, and leave it as it was. */
    private void refused(Path file, String edited, int line, String what) throws IOException {
        Files.write(file, edited.getBytes(StandardCharsets.UTF_8));
        byte[] before = Files.readAllBytes(file);
        CliRun r = thema("code", dir, "--coder", "anna", "--doc", "t01", "--turn", "2", "--code", "care decisions");
        assertEquals(1, r.rc(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), err);
        assertTrue(err.startsWith("thema: " + file), err);
        if (line > 0) assertTrue(err.contains("line " + line), err);
        assertTrue(err.contains(what), err);
        assertFalse(err.matches(".*(java\\.|com\\.fasterxml|Exception|`).*"), err);
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aSecondCodesKeyIsRefusedNotDroppingTheFirstList() throws IOException {
        String text = Files.readString(codebook) + "codes:\n  - name: extra\n";
        refused(codebook, text, lineOf(text, "codes:\n  - name: extra"), "'codes' appears twice");
    }

    @Test
    void deletingANameLineThatMergesTwoCodesIsRefused() throws IOException {
        String text = Files.readString(codebook);
        // the process code's "- name:" line removed: its keys land in care route's mapping
        String edited = text.replace("      - name: process\n", "");
        assertTrue(edited.length() < text.length());
        refused(codebook, edited, lineOf(edited, "        description: \"How a decision"), "'description' appears twice");
    }

    @Test
    void anAliasIsRefusedNotReadAsItsName() throws IOException {
        String text = Files.readString(anna);
        String edited = text.replaceFirst("  - doc: t01\n", "  - doc: &d t01\n").replaceFirst("(?s)(doc: &d t01.*?  - )doc: t01\n", "$1doc: *d\n");
        assertTrue(edited.contains("*d"));
        refused(anna, edited, lineOf(edited, "&d"), "anchor '&d'");
        String aliasOnly = text.replaceFirst("  - doc: t01\n", "  - doc: *d\n");
        refused(anna, aliasOnly, lineOf(aliasOnly, "*d"), "alias '*d'");
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNotCut() throws IOException {
        String text = Files.readString(anna);
        String edited = text.replaceFirst("end: 674\n", "end: 674.7\n");
        refused(anna, edited, lineOf(edited, "674.7"), "674.7");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineNotReadAsAReplacementCharacter() throws IOException {
        String text = Files.readString(codebook);
        int line = lineOf(text, "name: process");
        byte[] bytes = text.replace("name: process", "name: proc\u00e9ss").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(codebook, bytes);
        CliRun r = thema("codebook", dir);
        assertEquals(1, r.rc(), r.out());
        assertTrue(r.err().contains(codebook + ": not valid UTF-8 (line " + line), r.err());
        assertTrue(r.err().contains("0xE9"), r.err());
    }

    @Test
    void deepNestingIsOneLine() throws IOException {
        String deep = "codes: " + "[{name: c, children: ".repeat(100_000) + "[]" + "}]".repeat(100_000) + "\n";
        refused(codebook, deep, 0, "nested deeper than 200 levels");
    }
}
