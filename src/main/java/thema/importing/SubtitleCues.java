package thema.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The cues of a .vtt or .srt file. Blocks are separated by blank lines; the WEBVTT header
 * block and NOTE / STYLE / REGION blocks are skipped; a cue is a block with "-->" in its
 * first line, or in its second line after a cue identifier (SRT numbers, Teams GUIDs).
 * A block without timing right after a cue is more text of that cue (tools that write
 * blank lines inside a cue); other stray blocks are ignored.
 */
final class SubtitleCues {
    /** One cue: normalised timestamps (null if unreadable) and its raw text lines. */
    record Cue(String from, String until, List<String> lines) {
    }

    private SubtitleCues() {
    }

    static List<Cue> parse(String text) {
        List<Cue> cues = new ArrayList<>();
        boolean afterCue = false;
        boolean first = true;
        for (List<String> block : blocks(text)) {
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
                cues.add(new Cue(from, until, new ArrayList<>(block.subList(timingLine + 1, block.size()))));
                afterCue = true;
            } else if (afterCue && !(block.size() == 1 && head.matches("\\d+"))) {
                cues.get(cues.size() - 1).lines().addAll(block);
            }
        }
        return cues;
    }

    private static boolean isKeyword(String head, String keyword) {
        return head.equals(keyword) || head.startsWith(keyword + " ") || head.startsWith(keyword + "\t");
    }

    /** Runs of non-blank lines. */
    private static List<List<String>> blocks(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!cur.isEmpty()) out.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(line);
            }
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }
}
