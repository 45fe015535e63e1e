package thema.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML reading failure as one line a researcher understands: what was expected and found,
 * and the line. Jackson's own messages name Java types and its settings; they are never shown.
 */
final class YamlErrors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern FRACTION = Pattern.compile("Cannot coerce Floating-point value \\((\\S+)\\)");
    private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((\\S+)\\) out of range");
    private static final Pattern FROM_TEXT = Pattern.compile("from String (?:\"([^\"]{0,60})|value \\('([^']{0,60})'\\))");
    private static final Pattern FROM = Pattern.compile("from (String|Integer|Number|Floating-point|Array|Object|Boolean|Embedded Object|Null) value");
    /** What must never reach the user: Java names, Jackson's settings, backquoted types. */
    private static final Pattern JAVA = Pattern.compile("java\\.|com\\.fasterxml|org\\.yaml|Exception|`|\\$|\\b[a-z]+\\.[a-z]+\\.[A-Za-z]+");

    private YamlErrors() {
    }

    static String describe(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc != null && loc.getLineNr() > 0 ? " (line " + loc.getLineNr() + ")" : "";
        // a key may hold a line break (a flow mapping left open): shown escaped, so the error stays one line
        if (e instanceof UnrecognizedPropertyException u) return "unknown key '" + u.getPropertyName().replace("\r", "\\r").replace("\n", "\\n") + "'" + where;
        if (e instanceof Yaml.Refused) return e.getOriginalMessage() + where;
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return "nested deeper than " + Yaml.MAX_NESTING + " levels of lists and mappings" + where;
        }
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().replaceAll("\\s+", " ");
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof MarkedYAMLException y) return "malformed YAML" + where + ": " + syntax(y);
        }
        Matcher m;
        if ((m = DUPLICATE.matcher(msg)).lookingAt()) return "key '" + m.group(1) + "' appears twice in one mapping" + where + "; keep one";
        if ((m = FRACTION.matcher(msg)).lookingAt()) return m.group(1) + " where a whole number belongs" + where;
        if (e instanceof InputCoercionException || (m = OUT_OF_RANGE.matcher(msg)).lookingAt()) {
            m = OUT_OF_RANGE.matcher(msg);
            return (m.lookingAt() ? m.group(1) : "a number") + " is too large a number" + where;
        }
        if (msg.startsWith("Trailing token")) return "more than one YAML document in the file (a '---' line)" + where + "; keep one";
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            return "malformed YAML" + where + ": expected " + kind(mi.getTargetType()) + ", found " + found(msg);
        }
        String plain = msg.replaceAll(" in 'reader', line \\d+, column \\d+:.*?\\^", "");
        plain = JAVA.matcher(plain).find() || plain.isBlank() ? "not the shape thema expects here" : plain.strip();
        if (plain.length() > 160) plain = plain.substring(0, 160) + "...";
        return "malformed YAML" + where + ": " + plain;
    }

    /** SnakeYAML's problem and context without its "in 'reader', line 1, column 9:" snippets. */
    private static String syntax(MarkedYAMLException m) {
        String problem = m.getProblem() == null ? "cannot read this YAML" : m.getProblem();
        String context = m.getContext();
        String s = (context == null ? "" : context + ": ") + problem;
        s = s.replaceAll("\\s+", " ").strip();
        return JAVA.matcher(s).find() ? "cannot read this YAML" : s;
    }

    private static String kind(Class<?> t) {
        if (CharSequence.class.isAssignableFrom(t)) return "a text";
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class || t == short.class) return "a whole number";
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) return "a number";
        if (t == boolean.class || t == Boolean.class) return "true or false";
        if (Collection.class.isAssignableFrom(t) || t.isArray()) return "a list ('- ' lines)";
        if (Map.class.isAssignableFrom(t) || t.getName().startsWith("thema.")) return "a mapping ('key: value' lines)";
        return "another kind of value";
    }

    private static String found(String msg) {
        if (msg.contains("`null`")) return "an empty value";
        Matcher text = FROM_TEXT.matcher(msg);
        if (text.find()) return "the text '" + (text.group(1) != null ? text.group(1) : text.group(2)) + "'";
        Matcher m = FROM.matcher(msg);
        if (!m.find()) return "another kind of value";
        return switch (m.group(1)) {
            case "String" -> "a text";
            case "Integer", "Number" -> "a number";
            case "Floating-point" -> "a number with a fraction";
            case "Array" -> "a list";
            case "Object" -> "a mapping";
            case "Boolean" -> "true or false";
            case "Null" -> "an empty value";
            default -> "a binary value";
        };
    }
}
