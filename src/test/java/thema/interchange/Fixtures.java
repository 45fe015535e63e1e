package thema.interchange;

import static thema.cli.CliRun.thema;
import thema.cli.CliRun;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

/** Helpers for the interchange tests: command runs, hand-made archives, the official schema. */
final class Fixtures {
    static final Path SHARED = Path.of("../shared/interop");
    static final Path XSD = SHARED.resolve("schema.xsd");


    private Fixtures() {
    }


    /** A zip with these entries, in this order. */
    static Path zip(Path out, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        Files.write(out, b.toByteArray());
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Validates XML bytes against the REFI-QDA Project schema; throws with the schema's message. */
    static void validate(byte[] xml) throws Exception {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Validator v = f.newSchema(XSD.toFile()).newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
    }
}
