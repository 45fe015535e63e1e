package thema.coding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import thema.project.Changes;
import thema.project.Coding;
import thema.project.FileKind;
import thema.project.Json;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Yaml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A coder's undo history, kept in .thema/history/CODER.log so it survives a restart: one JSON
 * line per event (a step saved, a step undone, a step redone), only ever appended as part of the
 * write that made it, so a save costs the size of its own step however long the history is.
 * Reading replays the events; only the headers are parsed, a step's changes when it is undone
 * or redone. A line cut short by a crash is ignored. When the log has doubled since it was last
 * written whole it is rewritten compact: the last {@link #MAX_STEPS} steps and the position.
 * Each step names the session (one open project: a workbench, one command) that saved it, so the
 * workbench can tell its own steps from those of a script or another window.
 */
public final class History {
    public static final int MAX_STEPS = 500;
    /** A log shorter than this is never compacted: replaying it takes no time. */
    static final long COMPACT_FROM = 1 << 20;
    private static final ObjectWriter LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    /** One undoable step: who saved it (session, and what kind of program), and what it changed. */
    public static final class Step {
        private final String id, label, time, session, origin;
        private final byte[] log;
        private final int from, to;
        private Event undone;

        private Step(String id, String label, String time, String session, String origin, byte[] log, int from, int to) {
            this.id = id;
            this.label = label;
            this.time = time;
            this.session = session;
            this.origin = origin;
            this.log = log;
            this.from = from;
            this.to = to;
        }

        public String label() {
            return label;
        }

        public String time() {
            return time;
        }

        /** What saved it, e.g. "the workbench", "the command line". */
        public String origin() {
            return origin;
        }

        /** Whether this open project saved it. */
        public boolean madeBy(Project p) {
            return p.session().equals(session);
        }

        /** The undo that took it back, when it can be redone. */
        public Event undone() {
            return undone;
        }

        private Step withUndone(Event e) {
            Step s = new Step(id, label, time, session, origin, log, from, to);
            s.undone = e;
            return s;
        }

        public boolean sameStep(Step o) {
            return o != null && id.equals(o.id);
        }

        /** The changes, parsed from the log only now: a batch step may hold 100,000 of them. */
        public List<Change> changes() {
            try {
                List<Change> c = Json.MAPPER.readValue(log, from, to - from, StepLine.class).changes();
                if (c != null) return c;
            } catch (IOException | RuntimeException e) {
                // said below
            }
            throw new ThemaException("the undo step '" + label + "' is damaged in the undo history (.thema/history/*.log); "
                    + "delete the coder's file there to start the history afresh");
        }

        private byte[] line() {
            byte[] b = new byte[to - from + 1];
            System.arraycopy(log, from, b, 0, to - from);
            b[b.length - 1] = '\n';
            return b;
        }
    }

    /** An undo or redo: when, and by which session. */
    public record Event(String time, String session, String origin) {
        public boolean madeBy(Project p) {
            return p.session().equals(session);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"step", "session", "origin", "label", "time", "changes"})
    record StepLine(String step, String session, String origin, String label, String time, List<Change> changes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"undo", "redo", "session", "origin", "time"})
    record MoveLine(String undo, String redo, String session, String origin, String time) {
    }

    /** The history before it became a log: .thema/history/CODER.yaml, read once and then replaced. */
    record OldHistory(int position, List<OldStep> steps) {
    }

    record OldStep(String label, String time, List<Change> changes) {
    }

    private final String coder;
    private final List<Step> steps;
    private final int position;
    /** Whether the next change writes the log whole (compaction due, a damaged log, or the old history file). */
    private final boolean rewrite;

    private History(String coder, List<Step> steps, int position, boolean rewrite) {
        this.coder = coder;
        this.steps = steps;
        this.position = position;
        this.rewrite = rewrite;
    }

    /**
     * The kind of file: derived. A log with a damaged line (not one cut short at the end) is read
     * for the steps it still holds, and written whole at the next step, without that line.
     */
    public static final FileKind<History> KIND = FileKind.derived("undo history", Project.DERIVED + "/history/*.log", History.class)
            .withParser((file, coder, bytes) -> replay(file, coder, bytes, true))
            .withWriter(h -> {
                throw new IllegalStateException("an undo history is saved as lines (History.record)");
            })
            .whenAbsent(coder -> new History(coder, new ArrayList<>(), 0, false))
            .whenDamaged((coder, bytes) -> bytes == null ? new History(coder, new ArrayList<>(), 0, true) : replay(null, coder, bytes, false).rewritten())
            .byCoder();

    public static String relativePath(String coder) {
        return KIND.relative(coder);
    }

    private History rewritten() {
        return new History(coder, steps, position, true);
    }

    private static String oldPath(String coder) {
        return Project.DERIVED + "/history/" + coder + ".yaml";
    }

    /** The coder's history; a missing or damaged log is an empty one (it is a convenience, never a reason to refuse work). */
    public static History load(Project p, String coder) {
        if (!p.exists(KIND, coder) && Files.exists(p.dir().resolve(oldPath(coder)))) {
            try {
                return migrate(coder, Yaml.read(p.dir().resolve(oldPath(coder)), OldHistory.class));
            } catch (RuntimeException e) {
                return new History(coder, new ArrayList<>(), 0, true);
            }
        }
        return p.read(KIND, coder);
    }

    /** The steps of a log; {@code strict}, a damaged line (one not cut short at the end) is an error naming {@code file}. */
    private static History replay(String file, String coder, byte[] log, boolean strict) {
        List<Step> steps = new ArrayList<>();
        int position = 0;
        long compacted = 0;
        for (int start = 0; start < log.length; ) {
            int end = start;
            while (end < log.length && log[end] != '\n') end++;
            if (end == log.length) break; // cut short by a crash: never acknowledged
            Header h = header(log, start, end);
            if (h == null) {
                if (strict) throw new ThemaException(file + ": line " + (lineNumber(log, start)) + " is damaged");
                // a damaged line: skip it
            } else if (h.compacted >= 0) {
                compacted = h.compacted;
            } else if (h.step != null) {
                steps.subList(position, steps.size()).clear();
                steps.add(new Step(h.step, h.label, h.time, h.session, h.origin, log, start, end));
                if (steps.size() > MAX_STEPS) steps.remove(0);
                position = steps.size();
            } else if (h.undo != null && position > 0 && steps.get(position - 1).id.equals(h.undo)) {
                steps.get(--position).undone = new Event(h.time, h.session, h.origin);
            } else if (h.redo != null && position < steps.size() && steps.get(position).id.equals(h.redo)) {
                steps.get(position++).undone = null;
            }
            start = end + 1;
        }
        return new History(coder, steps, position, log.length >= COMPACT_FROM && log.length > 2 * compacted);
    }

    private static int lineNumber(byte[] log, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) if (log[i] == '\n') n++;
        return n;
    }

    private static History migrate(String coder, OldHistory old) {
        List<Step> steps = new ArrayList<>();
        for (OldStep s : old.steps()) steps.add(newStep(EARLIER.session(), EARLIER.origin(), s.label(), s.time(), s.changes()));
        return new History(coder, steps, Math.min(old.position(), steps.size()), true);
    }

    /** Who undid a step when the log does not say (it came from the history before the log). */
    private static final Event EARLIER = new Event(null, "earlier", "an earlier session");

    private static Step newStep(String session, String origin, String label, String time, List<Change> changes) {
        String id = Long.toHexString(ThreadLocalRandom.current().nextLong());
        byte[] line = json(new StepLine(id, session, origin, label, time, changes));
        return new Step(id, label, time, session, origin, line, 0, line.length - 1);
    }

    /** The fields before "changes" of one line, read without parsing the changes. */
    private static final class Header {
        String step, undo, redo, session, origin, label, time;
        long compacted = -1;
    }

    private static Header header(byte[] log, int start, int end) {
        Header h = new Header();
        try (JsonParser p = Json.MAPPER.getFactory().createParser(log, start, end - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (name.equals("changes")) return h;
                JsonToken v = p.nextToken();
                if (name.equals("compacted") && v == JsonToken.VALUE_NUMBER_INT) {
                    h.compacted = p.getLongValue();
                    continue;
                }
                if (v != JsonToken.VALUE_STRING) return null;
                String s = p.getText();
                switch (name) {
                    case "step" -> h.step = s;
                    case "undo" -> h.undo = s;
                    case "redo" -> h.redo = s;
                    case "session" -> h.session = s;
                    case "origin" -> h.origin = s;
                    case "label" -> h.label = s;
                    case "time" -> h.time = s;
                    default -> {
                    }
                }
            }
            return h.step != null || h.undo != null || h.redo != null || h.compacted >= 0 ? h : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The step undo would take back, or null. */
    public Step toUndo() {
        return position > 0 ? steps.get(position - 1) : null;
    }

    /** The step redo would bring back, or null. */
    public Step toRedo() {
        return position < steps.size() ? steps.get(position) : null;
    }

    /** Stages a new step on top of the coder's history (what could have been redone is dropped). */
    public static void record(Project p, Changes ch, String coder, String label, List<Change> changes) {
        if (changes.isEmpty()) return;
        Step s = newStep(p.session(), p.origin(), label, Coding.now(), changes);
        History h = mayNeedCompacting(p, coder) ? load(p, coder) : null;
        if (h != null && h.rewrite) {
            List<Step> steps = new ArrayList<>(h.steps.subList(0, h.position));
            steps.add(s);
            while (steps.size() > MAX_STEPS) steps.remove(0);
            stageWhole(ch, coder, steps, steps.size());
        } else {
            appendLine(p, ch, coder, s.line());
        }
    }

    /** Stages the undo of {@link #toUndo()}. */
    void stageUndo(Project p, Changes ch) {
        Step s = toUndo();
        Event e = new Event(Coding.now(), p.session(), p.origin());
        if (rewrite) {
            // a copy: this history may be what the project keeps for the log, and the step may yet fail
            List<Step> next = new ArrayList<>(steps);
            next.set(position - 1, s.withUndone(e));
            stageWhole(ch, coder, next, position - 1);
        } else {
            appendLine(p, ch, coder, json(new MoveLine(s.id, null, e.session(), e.origin(), e.time())));
        }
    }

    /** Stages the redo of {@link #toRedo()}. */
    void stageRedo(Project p, Changes ch) {
        Step s = toRedo();
        if (rewrite) {
            List<Step> next = new ArrayList<>(steps);
            next.set(position, s.withUndone(null));
            stageWhole(ch, coder, next, position + 1);
        } else {
            appendLine(p, ch, coder, json(new MoveLine(null, s.id, p.session(), p.origin(), Coding.now())));
        }
    }

    /** Stages a line at the end of the log; after a line cut short (an old crash) on a line of its own, so the cut one alone is lost. */
    private static void appendLine(Project p, Changes ch, String coder, byte[] line) {
        Path f = p.dir().resolve(relativePath(coder));
        boolean torn = false;
        try (var in = java.nio.channels.FileChannel.open(f)) {
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            torn = in.size() > 0 && in.read(last, in.size() - 1) == 1 && last.get(0) != '\n';
        } catch (IOException e) {
            // no log yet
        }
        if (torn) {
            byte[] b = new byte[line.length + 1];
            b[0] = '\n';
            System.arraycopy(line, 0, b, 1, line.length);
            line = b;
        }
        ch.append(relativePath(coder), line);
    }

    /** Stages the removal of a coder's history (pseudonymisation: its steps hold the text before). */
    public static void clear(Project p, Changes ch, String coder) {
        for (String f : List.of(relativePath(coder), oldPath(coder))) {
            if (Files.exists(p.dir().resolve(f))) ch.removeFile(f);
        }
    }

    /**
     * A cheap look before loading: a log may need rewriting only when it has doubled since it was
     * last written whole (its first line says that size), or while the old history file is there.
     */
    private static boolean mayNeedCompacting(Project p, String coder) {
        Path f = p.dir().resolve(relativePath(coder));
        if (!Files.exists(f)) return Files.exists(p.dir().resolve(oldPath(coder)));
        try (var in = Files.newInputStream(f)) {
            long size = Files.size(f);
            if (size < COMPACT_FROM) return false;
            byte[] first = in.readNBytes(64);
            int nl = 0;
            while (nl < first.length && first[nl] != '\n') nl++;
            Header h = nl < first.length ? header(first, 0, nl) : null;
            return h == null || h.compacted < 0 || size > 2 * h.compacted;
        } catch (IOException e) {
            return true;
        }
    }

    /** Stages a whole new log: a line with its size, the steps, and an undo line for each step past the position. */
    private static void stageWhole(Changes ch, String coder, List<Step> steps, int position) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Step s : steps) body.writeBytes(s.line());
        for (int i = steps.size() - 1; i >= position; i--) {
            Step s = steps.get(i);
            Event e = s.undone != null ? s.undone : EARLIER;
            body.writeBytes(json(new MoveLine(s.id, null, e.session(), e.origin(), e.time())));
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + 32);
        all.writeBytes(("{\"compacted\":" + body.size() + "}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        all.writeBytes(body.toByteArray());
        ch.removeFile(oldPath(coder));
        ch.file(relativePath(coder), all.toByteArray());
    }

    private static byte[] json(Object line) {
        try {
            byte[] b = LINE.writeValueAsBytes(line);
            byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
            out[b.length] = '\n';
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write an undo step", e);
        }
    }
}
