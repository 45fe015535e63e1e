package thema.interchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The REFI-QDA type of an attribute: Integer, Float, Date or Boolean when every value of it in
 * the project is written that way (so each value goes out unchanged in its typed element and
 * comes back as the same text), else Text.
 */
final class VariableTypes {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern FLOAT = Pattern.compile("-?\\d{1,18}\\.\\d{1,18}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private VariableTypes() {
    }

    static String typeOf(Collection<String> values) {
        if (values.isEmpty()) return "Text";
        if (values.stream().allMatch(v -> INTEGER.matcher(v).matches())) return "Integer";
        if (values.stream().allMatch(v -> INTEGER.matcher(v).matches() || FLOAT.matcher(v).matches())) return "Float";
        if (values.stream().allMatch(VariableTypes::isDate)) return "Date";
        if (values.stream().allMatch(v -> v.equals("true") || v.equals("false"))) return "Boolean";
        return "Text";
    }

    /** The element holding a value of the type: {@code IntegerValue}, ..., {@code TextValue}. */
    static String element(String type) {
        return type + "Value";
    }

    private static boolean isDate(String v) {
        if (!DATE.matcher(v).matches()) return false;
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
