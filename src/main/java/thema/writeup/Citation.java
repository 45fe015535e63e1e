package thema.writeup;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import thema.project.ThemaException;

/**
 * The citation after a quote, from the project's template ({@code citation} in thema.yaml):
 * {@code {doc}}, {@code {turn}}, {@code {speaker}}, {@code {coder}}, {@code {page}} (a PDF's page, else empty) and any document attribute,
 * e.g. "({schooltype} school, {doc}, turn {turn})".
 */
public final class Citation {
    public static final String DEFAULT = "({doc}, turn {turn})";
    /** The default for a paged document (a PDF): its page. */
    public static final String PAGED = "({doc}, p. {page})";
    private static final Pattern FIELD = Pattern.compile("\\{([^{}]+)}");

    private Citation() {
    }

    public static String format(String template, Map<String, String> values) {
        String t = template == null || template.isBlank() ? DEFAULT : template;
        Matcher m = FIELD.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new ThemaException("citation template '" + t + "': no value for {" + m.group(1) + "} (fields: doc, turn, speaker, coder, page and the document's attributes)");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        m.appendTail(b);
        return b.toString();
    }
}
