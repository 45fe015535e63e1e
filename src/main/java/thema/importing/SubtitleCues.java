package thema.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The cues of a .vtt or .srt file. Blocks are separated by blank lines; the WEBVTT header
 * block and NOTE / STYLE / REGION blocks are skipped; a cue is a block with "-->" in its
 * first line, or in its second line after a cue identifier (SRT numbers, Teams GUIDs).
 * A block without timing right after a cue is more text of that cue (tools that write
 * blank lines inside a cue). A block that looks like a damaged cue (a cue number followed by
 * text, or a timing line without a readable "-->") and text before the first cue are kept as
 * text, without the number and the broken timing, each with a warning naming its line: a
 * researcher would rather see a warning than lose what was said.
 */
final class SubtitleCues {
    /** One cue: normalised timestamps (null if unreadable) and its raw text lines. */
    record Cue(String from, String until, List<String> lines) {
    }

    private SubtitleCues() {
    }

    /** A run of non-blank lines and the line number (1-based) of its first. */
    private record Block(int line, List<String> lines) {
    }

    /** A timing line with a broken arrow ("00:00:03,000 -> 00:00:04,000", "00:01 – 00:02"). */
    private static final java.util.regex.Pattern BROKEN_TIMING = java.util.regex.Pattern.compile(".*\\d:\\d\\d.*(-\\s*>|--|→|–|—|\\s-\\s).*");

    static List<Cue> parse(String text, List<String> warnings) {
        List<Cue> cues = new ArrayList<>();
        boolean afterCue = false;
        boolean first = true;
        for (Block b : blocks(text)) {
            List<String> block = b.lines();
            String head = block.get(0).strip();
            if (first && head.startsWith("WEBVTT")) {
                first = false;
                continue;
            }
            first = false;
            if (isKeyword(head, "NOTE") || isKeyword(head, "STYLE") || isKeyword(head, "REGION")) {
                afterCue = false;
                continue;
            }
            int timingLine = block.get(0).contains("-->") ? 0 : block.size() > 1 && block.get(1).contains("-->") ? 1 : -1;
            if (timingLine >= 0) {
                String[] t = Timestamps.timing(block.get(timingLine));
                String from = t == null ? null : t[0], until = t == null ? null : t[1];
                if (from == null || until == null) {
                    warnings.add("line " + (b.line() + timingLine) + ": cue times '" + block.get(timingLine).strip() + "' cannot be read; its text is kept without times");
                }
                cues.add(new Cue(from, until, new ArrayList<>(block.subList(timingLine + 1, block.size()))));
                afterCue = true;
            } else if (block.size() == 1 && head.matches("\\d+")) {
                // a lone cue number: nothing was said
            } else if (!afterCue || damaged(block)) {
                List<String> said = new ArrayList<>(block);
                if (said.get(0).strip().matches("\\d+")) said.remove(0);
                said.removeIf(l -> BROKEN_TIMING.matcher(l).matches());
                if (said.isEmpty()) continue;
                warnings.add("line " + b.line() + ": a block without a 'start --> end' line; its text is kept "
                        + (afterCue ? "with the cue before" : "as text without times"));
                if (afterCue) cues.get(cues.size() - 1).lines().addAll(said);
                else cues.add(new Cue(null, null, said));
                afterCue = true;
            } else {
                cues.get(cues.size() - 1).lines().addAll(block);
            }
        }
        return cues;
    }

    /** A cue number followed by text, or a timing line whose arrow is broken. */
    private static boolean damaged(List<String> block) {
        if (block.size() > 1 && block.get(0).strip().matches("\\d+")) return true;
        for (int i = 0; i < Math.min(2, block.size()); i++) if (BROKEN_TIMING.matcher(block.get(i)).matches()) return true;
        return false;
    }

    private static boolean isKeyword(String head, String keyword) {
        return head.equals(keyword) || head.startsWith(keyword + " ") || head.startsWith(keyword + "\t");
    }

    /** Runs of non-blank lines. */
    private static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        int line = 0;
        int start = 1;
        for (String l : text.split("\n", -1)) {
            line++;
            if (l.isBlank()) {
                if (!cur.isEmpty()) out.add(new Block(start, cur));
                cur = new ArrayList<>();
            } else {
                if (cur.isEmpty()) start = line;
                cur.add(l);
            }
        }
        if (!cur.isEmpty()) out.add(new Block(start, cur));
        return out;
    }
}
