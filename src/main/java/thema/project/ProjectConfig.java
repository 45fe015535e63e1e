package thema.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** thema.yaml: the project's name, transcript language and file format version. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "language", "format", "citation", "interviewers"})
public final class ProjectConfig {
    public static final int FORMAT = 1;

    public String name;
    /** ISO 639-1 code of the transcripts' language: nl, en, or another (no stemming). */
    public String language = "en";
    public int format = FORMAT;
    /** Template for quote citations, e.g. "({schooltype} school, {doc}, turn {turn})". */
    public String citation;
    /** Speaker labels that are never participants (any case, a number after them allowed); null: {@link ParticipantMap#DEFAULT_INTERVIEWERS}. */
    public List<String> interviewers;
    /** Read from projects made before the last coder moved to .thema/ ({@link LastCoder}); never written. */
    @com.fasterxml.jackson.annotation.JsonProperty(value = "last_coder", access = com.fasterxml.jackson.annotation.JsonProperty.Access.WRITE_ONLY)
    public String lastCoder;

    public ProjectConfig copy() {
        ProjectConfig c = new ProjectConfig();
        c.name = name;
        c.language = language;
        c.format = format;
        c.citation = citation;
        c.interviewers = interviewers == null ? null : List.copyOf(interviewers);
        c.lastCoder = lastCoder;
        return c;
    }
}
