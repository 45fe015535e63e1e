package thema.project;

import java.util.List;

/**
 * What {@link Project#check} found: every problem with the file it is in, and what the project
 * holds. Files that every command reads (thema.yaml, the codebook, documents, coder files) are
 * checked whenever the project is opened; a project with a problem there does not open.
 */
public record ProjectCheck(List<Finding> findings, List<String> removedTemps, int documents, long characters, int codes, int coders, int codings) {
    public enum Severity {
        /** The project is not as thema keeps it: the check fails. */
        ERROR,
        /** Said for information (a derived file that started afresh): the check still passes. */
        NOTE
    }

    /** What a finding is about. */
    public enum Topic {
        /** A file that does not read or does not hold together with the project. */
        FILE,
        /** Two codings of one coder that put alternatives of an exclusive group on the same text. */
        EXCLUSIVE_GROUP,
        /** Coders whose names differ only in case. */
        CODER_NAMES
    }

    /** One problem; {@code file} null when it is about no one file. */
    public record Finding(String file, String problem, Severity severity, Topic topic) {
        /** A problem as a ThemaException says it ("FILE: problem"), split into its file and problem when it starts with {@code file}. */
        static Finding of(String file, ThemaException e, Severity severity) {
            String m = e.getMessage();
            if (file != null && m.startsWith(file + ": ")) return new Finding(file, m.substring(file.length() + 2), severity, Topic.FILE);
            return new Finding(null, m, severity, Topic.FILE);
        }

        /** "FILE: problem", as every one-line error of thema reads. */
        public String describe() {
            return file == null ? problem : file + ": " + problem;
        }
    }

    public ProjectCheck {
        findings = List.copyOf(findings);
        removedTemps = List.copyOf(removedTemps);
    }

    public boolean ok() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Finding> about(Topic topic, Severity severity) {
        return findings.stream().filter(f -> f.topic() == topic && f.severity() == severity).toList();
    }
}
