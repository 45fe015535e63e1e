package thema.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.project.Attributes;
import thema.project.Document;
import thema.project.ParticipantMap;
import thema.project.Participants;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Turn;

@Command(name = "participants", mixinStandardHelpOptions = true,
        description = {"List the participants: the people who speak in the documents, interviewers left out,",
                "with the documents they speak in and their attributes. With --csv, set them from a sheet",
                "with the columns doc,speaker,participant and then one column per participant attribute",
                "(an empty participant: the speaker is not a participant; an empty cell leaves an attribute",
                "as it is). --format csv prints the current mapping as such a sheet, to edit and read back."})
final class ParticipantsCommand extends ProjectCommand {
    ParticipantsCommand() {
        super(Format.table, Format.csv);
    }

    @Option(names = "--csv", paramLabel = "FILE", description = "Set participants from this sheet (see above).")
    Path csv;

    @Option(names = "--skip-unknown", description = "Skip rows for documents not in the project.")
    boolean skipUnknown;

    @Override
    public Integer call() {
        Project p = project();
        if (csv == null) {
            if (skipUnknown) throw usage("--skip-unknown goes with --csv FILE");
            list(p, ParticipantMap.of(p));
            return 0;
        }
        List<String> skipped = new ArrayList<>();
        Participants updated = read(p, Participants.load(p), csv, skipUnknown, skipped);
        Participants.save(p, updated);
        ParticipantMap m = ParticipantMap.of(p);
        int docs = updated.speakers().size(), people = m.people().size();
        out().println("Set the speakers of " + docs + (docs == 1 ? " document; " : " documents; ") + people + (people == 1 ? " participant (" : " participants (") + Participants.FILE + ")");
        if (!skipped.isEmpty()) {
            out().println("Skipped " + skipped.size() + (skipped.size() == 1 ? " row" : " rows") + " for documents not in the project: "
                    + String.join(", ", skipped.subList(0, Math.min(10, skipped.size()))) + (skipped.size() > 10 ? ", ..." : ""));
        }
        return 0;
    }

    private void list(Project p, ParticipantMap m) {
        Set<String> names = new TreeSet<>();
        for (ParticipantMap.Person person : m.people()) names.addAll(person.attributes().keySet());
        if (output.get() == Format.csv) {
            List<String> columns = new ArrayList<>(List.of("doc", "speaker", "participant"));
            columns.addAll(names);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Document d : p.documents()) {
                Map<String, String> seen = new LinkedHashMap<>();
                for (Turn t : d.turns()) if (t.speaker() != null) seen.putIfAbsent(t.speaker(), m.of(d.id(), t));
                seen.forEach((label, id) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("doc", d.id());
                    row.put("speaker", label);
                    row.put("participant", id == null ? "" : id);
                    for (String a : names) row.put(a, id == null ? "" : m.person(id).attributes().getOrDefault(a, ""));
                    rows.add(row);
                });
            }
            Csv.write(out(), columns, rows);
            return;
        }
        TextTable t = new TextTable("participant", "speaks in", "attributes");
        for (ParticipantMap.Person person : m.people()) {
            List<String> where = new ArrayList<>();
            person.speakers().forEach((doc, labels) -> where.add(labels.isEmpty() ? doc : doc + " (" + String.join(", ", labels) + ")"));
            List<String> attrs = new ArrayList<>();
            person.attributes().forEach((k, v) -> attrs.add(k + "=" + v));
            t.row(person.id(), where.isEmpty() ? "(no document)" : String.join(", ", where), String.join(", ", attrs));
        }
        t.print(out());
        out().println();
        Set<String> nobody = new TreeSet<>();
        for (Document d : p.documents()) for (Turn t2 : d.turns()) if (t2.speaker() != null && m.of(d.id(), t2) == null) nobody.add(t2.speaker());
        out().println(m.people().size() + " participants" + (nobody.isEmpty() ? "" : "; not participants (interviewers and speakers set to none): " + String.join(", ", nobody)) + ".");
    }

    /**
     * The project's participants file with the sheet's rows applied, every row checked first:
     * the document (unless skipped), its speaker, the participant id, and one value per
     * participant attribute across the rows that name the participant.
     */
    static Participants read(Project p, Participants file, Path csv, boolean skipUnknown, List<String> skipped) {
        CsvSheet sheet = CsvSheet.read(csv, 3, "doc,speaker,participant, then one column per participant attribute");
        List<String> header = sheet.header();
        if (!header.subList(0, 3).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList().equals(List.of("doc", "speaker", "participant"))) {
            throw new ThemaException(csv + ": the header must start with doc,speaker,participant (it starts with " + String.join(",", header.subList(0, 3)) + ")");
        }
        List<String> attributes = new ArrayList<>();
        for (int i = 3; i < header.size(); i++) {
            try {
                attributes.add(Attributes.checkKey(header.get(i)));
            } catch (ThemaException e) {
                throw new ThemaException(csv + ": header: " + e.getMessage());
            }
        }
        Map<String, Integer> rowOfSpeaker = new HashMap<>();
        Map<String, String[]> valueOf = new HashMap<>(); // participant + attribute → value, row
        for (CsvSheet.Row row : sheet.rows()) {
            String doc = row.field(0), speaker = row.field(1), id = row.field(2);
            String where = csv + ": row " + row.number() + ": ";
            var d = p.findDocument(doc);
            if (d.isEmpty()) {
                if (!skipUnknown) throw new ThemaException(where + "document '" + doc + "' is not in the project (--skip-unknown skips such rows)");
                skipped.add(doc);
                continue;
            }
            if (d.get().turns().stream().noneMatch(t -> speaker.equals(t.speaker()))) {
                throw new ThemaException(where + "document '" + doc + "' has no speaker '" + speaker + "'");
            }
            Integer earlier = rowOfSpeaker.putIfAbsent(doc + "\n" + speaker, row.number());
            if (earlier != null) throw new ThemaException(where + "speaker '" + speaker + "' of " + doc + " is in row " + earlier + " too");
            file = file.withSpeaker(doc, speaker, id);
            if (id.isEmpty()) continue;
            for (int i = 0; i < attributes.size(); i++) {
                String value = row.field(3 + i);
                if (value.isEmpty()) continue;
                String[] before = valueOf.putIfAbsent(id + "\n" + attributes.get(i), new String[]{value, String.valueOf(row.number())});
                if (before != null && !before[0].equals(value)) {
                    throw new ThemaException(where + "participant " + id + " has " + attributes.get(i) + " '" + value + "' here and '" + before[0] + "' in row " + before[1]);
                }
                file = file.withAttribute(id, attributes.get(i), value);
            }
        }
        return file;
    }
}
