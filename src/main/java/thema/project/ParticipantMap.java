package thema.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who is who: every speaker turn of every document resolved to a participant, or to nobody.
 * The rule, in this order, for a speaker label of a document:
 * <ol>
 *   <li>named in {@code participants.yaml} ({@code speakers}): that participant (an empty id: nobody);</li>
 *   <li>an interviewer label ({@code thema.yaml} {@code interviewers}, else {@link #DEFAULT_INTERVIEWERS},
 *       any case, a number after it allowed: {@code Interviewer 2}, {@code I.}): nobody;</li>
 *   <li>the document's only other speaker: the participant named after the document, so a
 *       one-respondent interview counts as one participant, as it always did;</li>
 *   <li>one of several other speakers (a focus group): the participant {@code DOC/LABEL}.</li>
 * </ol>
 * Unlabelled text belongs to the document's participant when the document has no speaker labels
 * at all (a monologue, field notes), else to nobody (a title block above the first turn).
 */
public final class ParticipantMap {
    /** Labels of the interviewer, moderator or facilitator, lower case, without a trailing number or dot. */
    public static final List<String> DEFAULT_INTERVIEWERS = List.of(
            "interviewer", "i", "int", "iv", "moderator", "facilitator", "researcher",
            "onderzoeker", "interviewster", "gespreksleider", "interviewerin", "enquêteur", "enquêtrice");
    private static final Pattern NUMBERED = Pattern.compile("[\\s._-]*\\d*[.]?$");

    /** A participant: the documents they speak in (with their labels there) and their attributes. */
    public record Person(String id, Map<String, List<String>> speakers, Map<String, String> attributes) {
        public Set<String> documents() {
            return speakers.keySet();
        }
    }

    private final Map<String, Map<String, String>> labels = new LinkedHashMap<>(); // doc → label → id ("" nobody)
    private final Map<String, String> unlabelled = new LinkedHashMap<>();          // doc → id of unlabelled text
    private final Map<String, Person> people = new TreeMap<>();
    private final Map<String, Map<String, String>> documentAttributes = new LinkedHashMap<>();
    private final Set<String> interviewers;

    private ParticipantMap(Set<String> interviewers) {
        this.interviewers = interviewers;
    }

    public static ParticipantMap of(Project p) {
        return of(p, Participants.load(p));
    }

    /** Resolves every document's speakers; a document or speaker the file names that is not there is an error. */
    public static ParticipantMap of(Project p, Participants file) {
        List<String> configured = p.config().interviewers;
        Set<String> interviewers = new LinkedHashSet<>();
        for (String s : configured == null ? DEFAULT_INTERVIEWERS : configured) interviewers.add(base(s));
        ParticipantMap m = new ParticipantMap(interviewers);
        String where = p.dir().resolve(Participants.FILE).toString();
        for (String doc : file.speakers().keySet()) {
            if (p.findDocument(doc).isEmpty()) throw new ThemaException(where + ": no document '" + doc + "' in the project");
        }
        Map<String, Map<String, List<String>>> speakersOf = new TreeMap<>();
        for (Document d : p.documents()) {
            m.documentAttributes.put(d.id(), d.attributes());
            Set<String> present = new LinkedHashSet<>();
            for (Turn t : d.turns()) if (t.speaker() != null) present.add(t.speaker());
            Map<String, String> named = file.speakers().getOrDefault(d.id(), Map.of());
            for (String label : named.keySet()) {
                if (!present.contains(label)) {
                    throw new ThemaException(where + ": document '" + d.id() + "' has no speaker '" + label + "'"
                            + (present.isEmpty() ? " (it has no speaker labels)" : " (speakers: " + String.join(", ", present) + ")"));
                }
            }
            Map<String, String> resolved = m.resolve(d, present, named);
            resolved.forEach((label, id) -> {
                if (!id.isEmpty()) speakersOf.computeIfAbsent(id, k -> new TreeMap<>()).computeIfAbsent(d.id(), k -> new ArrayList<>()).add(label);
            });
            m.labels.put(d.id(), resolved);
            if (present.isEmpty()) {
                m.unlabelled.put(d.id(), d.id());
                speakersOf.computeIfAbsent(d.id(), k -> new TreeMap<>()).computeIfAbsent(d.id(), k -> new ArrayList<>());
            }
        }
        Set<String> ids = new TreeSet<>(speakersOf.keySet());
        ids.addAll(file.participants().keySet());
        for (String id : ids) {
            m.people.put(id, new Person(id, speakersOf.getOrDefault(id, Map.of()), file.participants().getOrDefault(id, Map.of())));
        }
        return m;
    }

    /** Rules 1-4 of the class comment for one document's speaker labels: label → participant id ("" nobody). */
    private Map<String, String> resolve(Document d, Set<String> present, Map<String, String> named) {
        List<String> others = new ArrayList<>();
        for (String label : present) if (!named.containsKey(label) && !isInterviewer(label)) others.add(label);
        Map<String, String> resolved = new LinkedHashMap<>();
        for (String label : present) {
            resolved.put(label, named.containsKey(label) ? named.get(label)
                    : isInterviewer(label) ? ""
                    : others.size() == 1 ? d.id()
                    : d.id() + "/" + label);
        }
        return resolved;
    }

    /**
     * The file without the speakers it names as the rules would anyway (an interviewer set to
     * nobody, a document's one respondent set to the document's name), so it holds only what a
     * researcher decided and a sheet read back from {@code --format csv} changes nothing.
     */
    public static Participants simplified(Project p, Participants file) {
        ParticipantMap m = of(p, file);
        Map<String, Map<String, String>> speakers = new TreeMap<>();
        file.speakers().forEach((doc, named) -> {
            Document d = p.document(doc);
            Set<String> present = new LinkedHashSet<>();
            for (Turn t : d.turns()) if (t.speaker() != null) present.add(t.speaker());
            Map<String, String> kept = new LinkedHashMap<>(named);
            Map<String, String> wanted = m.resolve(d, present, named);
            for (String label : named.keySet()) {
                Map<String, String> without = new LinkedHashMap<>(kept);
                without.remove(label);
                if (m.resolve(d, present, without).equals(wanted)) kept = without;
            }
            if (!kept.isEmpty()) speakers.put(doc, kept);
        });
        return new Participants(speakers, file.participants());
    }

    /** Whether a speaker label is an interviewer's (by this project's list). */
    public boolean isInterviewer(String label) {
        return label != null && interviewers.contains(base(label));
    }

    /** "Interviewer 2" and "I." are "interviewer" and "i". */
    private static String base(String label) {
        String s = label.strip().toLowerCase(Locale.ROOT);
        String stripped = NUMBERED.matcher(s).replaceFirst("");
        return stripped.isEmpty() ? s : stripped;
    }

    /** The participant who speaks a turn, or null for an interviewer, a speaker mapped to nobody, a title block. */
    public String of(String doc, Turn t) {
        String id = t.speaker() == null ? unlabelled.get(doc) : labels.getOrDefault(doc, Map.of()).get(t.speaker());
        return id == null || id.isEmpty() ? null : id;
    }

    /** The participants whose turns a span of a document touches, in turn order (a span across two speakers counts for both). */
    public Set<String> in(Document d, int start, int end) {
        Set<String> out = new LinkedHashSet<>();
        List<Turn> turns = d.turns();
        if (turns.isEmpty()) {
            String id = unlabelled.get(d.id());
            if (id != null) out.add(id);
            return out;
        }
        // from the turn the span starts in (the last one starting at or before it) to the last one it reaches
        int from = d.turnAt(start).n() - 1;
        for (int i = from; i < turns.size() && (i == from || turns.get(i).start() < end); i++) {
            String id = of(d.id(), turns.get(i));
            if (id != null) out.add(id);
        }
        return out;
    }

    public Collection<Person> people() {
        return people.values();
    }

    public Person person(String id) {
        Person p = people.get(id);
        if (p == null) throw new ThemaException("no participant '" + id + "'");
        return p;
    }

    /**
     * A participant's value of an attribute: their own ({@code participants.yaml}), else that of
     * the documents they speak in when those agree; null when none has it. Documents that
     * disagree are an error naming them, since the participant cannot be put in one group.
     */
    public String value(String id, String attribute) {
        Person p = person(id);
        String own = p.attributes().get(attribute);
        if (own != null && !own.isBlank()) return own;
        Map<String, String> byValue = new TreeMap<>();
        for (String doc : p.documents()) {
            String v = documentAttributes.getOrDefault(doc, Map.of()).get(attribute);
            if (v != null && !v.isBlank()) byValue.putIfAbsent(v, doc);
        }
        if (byValue.size() > 1) {
            List<String> parts = new ArrayList<>();
            byValue.forEach((v, doc) -> parts.add("'" + v + "' (" + doc + ")"));
            throw new ThemaException("participant " + id + " speaks in documents with " + attribute + " " + String.join(" and ", parts)
                    + ": set " + attribute + " for " + id + " in " + Participants.FILE);
        }
        return byValue.isEmpty() ? null : byValue.keySet().iterator().next();
    }

    /** Every attribute name a participant has, their own or their documents'. */
    public Set<String> attributeNames() {
        Set<String> out = new TreeSet<>();
        for (Person p : people.values()) out.addAll(p.attributes().keySet());
        for (Map<String, String> a : documentAttributes.values()) out.addAll(a.keySet());
        return out;
    }
}
