package thema.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import thema.project.Attributes;
import thema.project.Coding;
import thema.project.DocumentGroups;
import thema.project.ParticipantMap;
import thema.project.Project;
import thema.project.ThemaException;

/**
 * What the k and the n of "k of n" count ({@code --per}): documents, or participants (people
 * across documents; interviewers are never counted). A coding counts for its document, or for
 * each participant whose turns it touches (a segment across two speakers counts for both; one in
 * an interviewer's turn only counts for nobody). Only counted documents take part: a participant
 * is in the n of their group when at least one of the documents they speak in is counted.
 */
public final class CountingUnits {
    public enum Per {
        DOCUMENT("documents"), PARTICIPANT("participants");

        private final String plural;

        Per(String plural) {
            this.plural = plural;
        }

        /** "documents" or "participants", as tables and column names say it. */
        public String plural() {
            return plural;
        }
    }

    private final Per per;
    private final Project project;
    private final DocumentGroups groups;
    private final ParticipantMap participants;
    private final int[] counted;

    private CountingUnits(Per per, Project project, DocumentGroups groups, ParticipantMap participants, int[] counted) {
        this.per = per;
        this.project = project;
        this.groups = groups;
        this.participants = participants;
        this.counted = counted;
    }

    public static CountingUnits of(Per per, Project p, CountedCoding counted, List<String> by) {
        return per == Per.DOCUMENT ? documents(p, counted, DocumentGroups.of(p, by)) : participants(p, counted, ParticipantMap.of(p), by);
    }

    public static CountingUnits documents(Project p, CountedCoding counted, DocumentGroups groups) {
        int[] n = new int[groups.groups().size()];
        for (int g = 0; g < n.length; g++) n[g] = counted.countedAmong(groups.groups().get(g).documents());
        return new CountingUnits(Per.DOCUMENT, p, groups, null, n);
    }

    /** Participants grouped by {@code by}: their own attributes, else those of their documents. */
    public static CountingUnits participants(Project p, CountedCoding counted, ParticipantMap m, List<String> by) {
        Set<String> known = m.attributeNames();
        for (String a : by) {
            if (!known.contains(a)) {
                throw new ThemaException("no participant or document has the attribute '" + a + "'"
                        + (known.isEmpty() ? " (there are no attributes)" : " (attributes: " + String.join(", ", known) + ")"));
            }
        }
        List<String> ids = new ArrayList<>();
        for (ParticipantMap.Person person : m.people()) ids.add(person.id());
        DocumentGroups groups = DocumentGroups.of(ids, by, m::value);
        int[] n = new int[groups.groups().size()];
        for (int g = 0; g < n.length; g++) {
            for (String id : groups.groups().get(g).documents()) {
                if (m.person(id).documents().stream().anyMatch(counted::counts)) n[g]++;
            }
        }
        return new CountingUnits(Per.PARTICIPANT, p, groups, m, n);
    }

    /** The same units grouped by {@code by} instead, the participants resolved once. */
    public CountingUnits regrouped(CountedCoding counted, List<String> by) {
        return per == Per.DOCUMENT ? documents(project, counted, DocumentGroups.of(project, by)) : participants(project, counted, participants, by);
    }

    /** The same units in one group of all of them (a table's last column). */
    public CountingUnits ungrouped(CountedCoding counted) {
        return regrouped(counted, List.of());
    }

    /** The attributes these units can be grouped by: the documents', and for participants their own too. */
    public Set<String> attributeNames() {
        return per == Per.DOCUMENT ? Attributes.names(project) : participants.attributeNames();
    }

    public Per per() {
        return per;
    }

    public List<DocumentGroups.Group> groups() {
        return groups.groups();
    }

    /** The n of group {@code g}: its units with at least one counted document. */
    public int counted(int g) {
        return counted[g];
    }

    /** Each unit a counted coding counts for, with its group's index. */
    public void forEachUnit(Coding c, BiConsumer<String, Integer> each) {
        if (per == Per.DOCUMENT) {
            each.accept(c.doc(), groups.indexOf(c.doc()));
            return;
        }
        for (String id : participants.in(project.document(c.doc()), c.start(), c.end())) each.accept(id, groups.indexOf(id));
    }

    /** The participants (for {@code --per participant}), else null. */
    public ParticipantMap participants() {
        return participants;
    }

    /** How the units were counted, in one line for the foot of a table. */
    public String describe() {
        if (per == Per.DOCUMENT) return "documents: k of n counted documents.";
        Set<String> interviewerLabels = new TreeSet<>();
        for (var d : project.documents()) {
            for (var t : d.turns()) if (t.speaker() != null && participants.isInterviewer(t.speaker())) interviewerLabels.add(t.speaker());
        }
        return "participants: k of n participants with a counted document; a segment counts for each participant whose turns it touches"
                + (interviewerLabels.isEmpty() ? "" : "; interviewers not counted (" + String.join(", ", interviewerLabels) + ")") + ".";
    }
}
