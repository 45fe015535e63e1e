package thema.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The one JSON mapper for machine-readable output: pretty, UTF-8, keys in declared order. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** MAPPER's writer for values written into a {@link #generator}: it leaves flushing to the generator's close. */
    public static final ObjectWriter WRITER = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private Json() {
    }

    public static String write(Object value) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = generator(w)) {
            WRITER.writeValue(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
        return w.toString();
    }

    /**
     * A generator that writes as {@link #write} does (MAPPER's indentation) onto {@code w}, which
     * its close flushes but leaves open: a document written piece by piece (values by {@link #WRITER})
     * comes out as the same characters as the whole value given to {@link #write}.
     */
    public static JsonGenerator generator(Writer w) {
        try {
            return MAPPER.createGenerator(w).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
