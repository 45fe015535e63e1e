package thema.interchange;

import org.w3c.dom.Element;
import thema.project.AtomicFiles;
import thema.project.Codebook;
import thema.project.ThemaException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;

/**
 * A REFI-QDA codebook (.qdc): {@code <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>...}.
 * The code tree is {@link CodeTree}'s, the same as inside a .qdpx.
 */
public final class Qdc {
    static final String NS = "urn:QDA-XML:codebook:1.0";
    /** A codebook with thousands of codes is well under a megabyte. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private Qdc() {
    }

    /** Writes the codebook; returns the number of codes. */
    public static int write(Codebook cb, String projectName, Path out) {
        XmlOut x = new XmlOut("CodeBook", NS);
        x.attr("origin", "thema");
        CodeTree.write(x, cb, projectName);
        AtomicFiles.write(out, x.finish());
        return cb.paths().size();
    }

    public static Codebook read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) throw new ThemaException(name + ": no such file");
            if (Files.size(file) > MAX_BYTES) throw new ThemaException(name + ": too large for a codebook (over 50 MB)");
            org.w3c.dom.Document xml;
            try (InputStream in = Files.newInputStream(file)) {
                xml = SecureXml.parse(in, name);
            }
            Element root = xml.getDocumentElement();
            // a .qdc's root is CodeBook; accept a project file's too, whose CodeBook is one level down
            if ("Project".equals(SecureXml.localName(root))) root = SecureXml.child(root, "CodeBook");
            if (root == null || !"CodeBook".equals(SecureXml.localName(root))) {
                throw new ThemaException(name + ": the root element is not <CodeBook> (not a REFI-QDA codebook)");
            }
            return CodeTree.read(SecureXml.child(root, "Codes"), name, new HashMap<>());
        } catch (IOException e) {
            throw new ThemaException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
