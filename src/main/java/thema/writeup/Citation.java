package thema.writeup;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import thema.project.ThemaException;

/**
 * The citation after a quote, from the project's template ({@code citation} in thema.yaml):
 * {@code {doc}}, {@code {turn}}, {@code {speaker}}, {@code {participant}} (who speaks where the quote
 * starts), {@code {coder}}, {@code {page}} (a PDF's page, else empty), any document attribute and the
 * participant's own attributes (over the document's), e.g. "({schooltype} school, {doc}, turn {turn})"
 * or "({participant}, {role})".
 */
public final class Citation {
    public static final String DEFAULT = "({doc}, turn {turn})";
    /** The default for a paged document (a PDF): its page. */
    public static final String PAGED = "({doc}, p. {page})";
    private static final Pattern FIELD = Pattern.compile("\\{([^{}]+)}");

    private Citation() {
    }

    public static String format(String template, Map<String, String> values) {
        return format(template, values, values.keySet());
    }

    /**
     * With the attributes a template may name ({@code known}, the fixed fields are always in
     * {@code values}): one without a value for this quote (the moderator has no role, a document no
     * school type) is left empty; a field that is not known at all is a typo in the template, an error.
     */
    public static String format(String template, Map<String, String> values, Set<String> known) {
        String t = template == null || template.isBlank() ? DEFAULT : template;
        Matcher m = FIELD.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null && known.contains(m.group(1))) v = "";
            if (v == null) {
                throw new ThemaException("citation template '" + t + "': no value for {" + m.group(1) + "} (fields: doc, turn, speaker, participant, coder, page, the document's attributes and the participant's)");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        m.appendTail(b);
        return b.toString();
    }
}
