package thema.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The one YAML mapper of the project files: strict on read, stable and plain on write. */
public final class Yaml {
    public static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            // a long memo or description stays one line, as the researcher wrote it: diffs show the change, not a re-fold
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(new QuoteTimes())
            .loaderOptions(loaderOptions())
            .build())
            .findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Yaml() {
    }

    /** SnakeYAML refuses documents over 3 MB by default; a coder with 100,000 codings writes about 12 MB. */
    private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
        org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
        o.setCodePointLimit(1 << 30);
        return o;
    }

    /** YAML 1.1 reads 00:01:02.5 as a base-60 number; quote such strings (cue times) so they stay strings. */
    static final class QuoteTimes extends com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker.Default {
        private static final java.util.regex.Pattern SEXAGESIMAL = java.util.regex.Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");

        @Override
        public boolean needToQuoteValue(String value) {
            // the regex only where it can match: every string of a large save passes here
            return super.needToQuoteValue(value) || value.indexOf(':') > 0 && SEXAGESIMAL.matcher(value).matches();
        }
    }

    /** Reads a YAML file into {@code type}; every failure is a one-line ThemaException naming the file. */
    public static <T> T read(Path file, Class<T> type) {
        return parse(file.toString(), bytes(file), type);
    }

    /** A project file's bytes; a missing or unreadable file is a one-line ThemaException naming it. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ThemaException(file + ": file not found");
        } catch (IOException e) {
            throw new ThemaException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    public static <T> T parse(String name, byte[] bytes, Class<T> type) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) throw new ThemaException(name + ": file is empty");
        try {
            T value = MAPPER.readValue(text, type);
            if (value == null) throw new ThemaException(name + ": file is empty");
            return value;
        } catch (JsonProcessingException e) {
            throw new ThemaException(name + ": " + describe(e));
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** One line: what is wrong and where, without Jackson's class names. */
    static String describe(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc != null && loc.getLineNr() > 0 ? " (line " + loc.getLineNr() + ")" : "";
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown key '" + u.getPropertyName() + "'" + where;
        }
        String msg = e.getOriginalMessage();
        if (msg == null) msg = "malformed YAML";
        msg = msg.replaceAll("\\s+", " ");
        // Jackson names Java types; say what a researcher would understand
        msg = msg.replaceAll("Cannot (construct|deserialize) (instance|value) of `[^`]*`", "wrong kind of value");
        msg = msg.replaceAll(" \\(although at least one Creator exists\\): no \\S+ constructor/factory method to deserialize from \\S+ value \\(('[^']*')\\)",
                ": the text $1 where a list or mapping belongs");
        msg = msg.replaceAll("\\(through reference chain:.*", "").trim();
        if (msg.length() > 160) msg = msg.substring(0, 160) + "...";
        return "malformed YAML" + where + ": " + msg;
    }
}
