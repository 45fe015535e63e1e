package thema.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code participants.yaml}: who speaks in which document, across documents, and what is known
 * of each person. {@code speakers} maps a document's speaker label to a participant id (the
 * same id in two documents is one person: a teacher interviewed twice); an empty id says the
 * speaker is not a participant (a second interviewer, a note-taker). {@code participants}
 * holds each participant's attributes (role, school type, years of experience). Both maps are
 * kept sorted, one line a speaker, so two researchers' edits merge in git. A speaker this file
 * does not name is resolved by {@link ParticipantMap}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"participants", "speakers"})
public record Participants(Map<String, Map<String, String>> speakers, Map<String, Map<String, String>> participants) {
    public static final String FILE = "participants.yaml";
    public static final Participants NONE = new Participants(Map.of(), Map.of());
    /** The kind of file (in {@link FileKinds}): its ids checked as it is read; no code paths. */
    public static final FileKind<Participants> KIND = FileKind.source("participants", FILE, Participants.class)
            .withValidator((p, file, key, x) -> x.checkIds(file))
            .withDropDocument(Participants::withoutDocument)
            .whenAbsent(key -> NONE);

    public Participants {
        speakers = sortedCopy(speakers);
        participants = sortedCopy(participants);
    }

    private static Map<String, Map<String, String>> sortedCopy(Map<String, Map<String, String>> m) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        if (m != null) m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new TreeMap<>(v == null ? Map.of() : nullsAsEmpty(v)))));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> nullsAsEmpty(Map<String, String> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? "" : v.strip()));
        return out;
    }

    /** The project's file, or {@link #NONE} when it has none. Names are checked by {@link ParticipantMap}. */
    public static Participants load(Project p) {
        return p.read(KIND);
    }

    private void checkIds(String file) {
        for (var doc : speakers.entrySet()) {
            for (var s : doc.getValue().entrySet()) {
                if (!s.getValue().isEmpty()) checkId(file + ": speaker '" + s.getKey() + "' of " + doc.getKey(), s.getValue());
            }
        }
        for (String id : participants.keySet()) checkId(file + ": participant", id);
    }

    /**
     * Saves the file as one atomic step, after checking it resolves against the project's
     * documents, without the speakers it names as the rules would anyway ({@link ParticipantMap#simplified}).
     */
    public static void save(Project p, Participants file) {
        file.checkIds(p.dir().resolve(FILE).toString());
        Participants kept = ParticipantMap.simplified(p, file);
        p.write(ch -> ch.put(KIND, kept));
    }

    /** A participant id is a name as a coder's is, so it can stand in a citation, a table and a file name. */
    static void checkId(String where, String id) {
        if (!Project.NAME.matcher(id).matches()) {
            throw new ThemaException(where + ": '" + id + "' is not a usable participant id (letters, digits, '.', '_' or '-', starting with a letter or digit)");
        }
    }

    /** This file without the speakers of document {@code id}; itself when it names none. */
    public Participants withoutDocument(String id) {
        if (!speakers.containsKey(id)) return this;
        Map<String, Map<String, String>> s = new TreeMap<>(speakers);
        s.remove(id);
        return new Participants(s, participants);
    }

    /** This file with one speaker mapped (an empty id: not a participant). */
    public Participants withSpeaker(String doc, String speaker, String participant) {
        Map<String, Map<String, String>> s = new TreeMap<>(speakers);
        Map<String, String> inDoc = new TreeMap<>(s.getOrDefault(doc, Map.of()));
        inDoc.put(speaker, participant);
        s.put(doc, inDoc);
        return new Participants(s, participants);
    }

    /** This file with one attribute of a participant set (a blank value removes it). */
    public Participants withAttribute(String participant, String name, String value) {
        Map<String, Map<String, String>> ps = new TreeMap<>(participants);
        Map<String, String> attrs = new TreeMap<>(ps.getOrDefault(participant, Map.of()));
        if (value == null || value.isBlank()) attrs.remove(name);
        else attrs.put(name, value.strip());
        ps.put(participant, attrs);
        return new Participants(speakers, ps);
    }
}
