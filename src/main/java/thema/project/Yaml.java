package thema.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * The one YAML mapper of the project files: strict on read, stable and plain on write.
 * Hand-edited files are read as written or refused with the file and line: a key given twice,
 * an anchor or alias ({@code &a}, {@code *a}), a fraction where a whole number belongs, bytes
 * that are not UTF-8 and nesting deeper than {@link #MAX_NESTING} are errors, never guessed at.
 */
public final class Yaml {
    /** Lists and mappings inside each other; a codebook 30 codes deep needs about 62. */
    public static final int MAX_NESTING = 200;
    /** Changes whenever the reading rules change, so a parse cached under older rules is not used. */
    static final String READ_RULES = "strict-2";

    public static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
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
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
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
        String text = utf8(name, bytes);
        if (text.isBlank()) throw new ThemaException(name + ": file is empty");
        try {
            checkNoAliases(text);
            T value = MAPPER.readValue(text, type);
            if (value == null) throw new ThemaException(name + ": file is empty");
            return value;
        } catch (JsonProcessingException e) {
            throw new ThemaException(name + ": " + YamlErrors.describe(e));
        }
    }

    /** The text of the bytes; a byte that is not UTF-8 is an error naming its line, not a U+FFFD. */
    public static String utf8(String name, byte[] bytes) {
        // the JDK's String decoding is many times faster than a CharsetDecoder; it turns bad
        // bytes into U+FFFD, so only a text that holds one is checked strictly
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return text;
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in);
            return text;
        } catch (CharacterCodingException e) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at && i < bytes.length; i++) if (bytes[i] == '\n') line++;
            throw new ThemaException(name + ": not valid UTF-8 (line " + line + ", byte " + at
                    + String.format(" is 0x%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF) + "); save the file as UTF-8");
        }
    }

    /**
     * Refuses anchors and aliases: Jackson reads {@code *d} as the text "d" and drops {@code &d},
     * and a save would write that back. Project files never need them. Only a text holding '&'
     * or '*' can have one, so only such a text is scanned (SnakeYAML's events, no nodes built).
     */
    private static void checkNoAliases(String text) throws Refused {
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0) return;
        try {
            for (Event e : new org.yaml.snakeyaml.Yaml(loaderOptions()).parse(new StringReader(text))) {
                String what = e instanceof AliasEvent a ? "an alias '*" + a.getAnchor() + "'"
                        : e instanceof NodeEvent n && n.getAnchor() != null ? "an anchor '&" + n.getAnchor() + "'" : null;
                if (what != null) {
                    throw new Refused(what + " (write the value out in full; thema does not read YAML anchors or aliases)",
                            e.getStartMark().getLine() + 1);
                }
            }
        } catch (YAMLException e) {
            // malformed: Jackson's parse below says where
        }
    }

    /** A refusal of the reader's own, worded for the user already. */
    static final class Refused extends JsonProcessingException {
        Refused(String msg, int line) {
            super(msg, new JsonLocation(null, -1, line, 1));
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
