package thema.writeup;

import java.util.ArrayList;
import java.util.List;
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
        return new Template(template).format(values, known);
    }

    /** A template split once into its text and fields, for formatting many quotes. */
    public static final class Template {
        private final String text;
        private final List<String> parts = new ArrayList<>(); // text, field, text, field, ..., text

        public Template(String template) {
            text = template == null || template.isBlank() ? DEFAULT : template;
            Matcher m = FIELD.matcher(text);
            int at = 0;
            while (m.find()) {
                parts.add(text.substring(at, m.start()));
                parts.add(m.group(1));
                at = m.end();
            }
            parts.add(text.substring(at));
        }

        public String format(Map<String, String> values, Set<String> known) {
            StringBuilder b = new StringBuilder(parts.get(0));
            for (int i = 1; i < parts.size(); i += 2) {
                String field = parts.get(i), v = values.get(field);
                if (v == null && known.contains(field)) v = "";
                if (v == null) {
                    throw new ThemaException("citation template '" + text + "': no value for {" + field + "} (fields: doc, turn, speaker, participant, coder, page, the document's attributes and the participant's)");
                }
                b.append(v).append(parts.get(i + 1));
            }
            return b.toString();
        }
    }
}
