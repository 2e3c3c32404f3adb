package org.backendlab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.backendlab.io.JsonRefusal.Kind;

/**
 * Checked reads of single JSON values for strict loaders: each says what it needs (a number in a range,
 * a whole number, true/false, an enum name, a short text without control characters, an object, a list)
 * and refuses anything else with the value's path and what was found instead. {@code null} is never
 * accepted: a value that may be left out is left out.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** The field's value, or null when the object does not have it; a required field must be there. */
    public static JsonNode field(JsonNode object, String path, String name, boolean required) throws JsonRefusal {
        JsonNode value = object.get(name);
        if (value == null && required) {
            throw invalid(FileProblem.field(path, name), "is required but missing");
        }
        return value;
    }

    public static JsonNode object(JsonNode value, String path) throws JsonRefusal {
        if (!value.isObject()) {
            throw invalid(path, "must be an object {...}, not " + describe(value));
        }
        return value;
    }

    public static JsonNode list(JsonNode value, String path, int maxItems) throws JsonRefusal {
        if (!value.isArray()) {
            throw invalid(path, "must be a list [...], not " + describe(value));
        }
        if (value.size() > maxItems) {
            throw new JsonRefusal(Kind.TOO_LARGE, path, "has " + value.size() + " items; at most " + maxItems
                    + " are allowed");
        }
        return value;
    }

    /** A finite JSON number in [min, max] (never text, never NaN). */
    public static double number(JsonNode value, String path, double min, double max) throws JsonRefusal {
        String wanted = "must be a number from " + FileProblem.plain(min) + " to " + FileProblem.plain(max);
        if (!value.isNumber()) {
            throw invalid(path, wanted + ", not " + describe(value));
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d) || d < min || d > max) {
            throw invalid(path, wanted + ", not " + describe(value));
        }
        return d;
    }

    /** A JSON integer (no fraction, no exponent) in [min, max]. */
    public static long whole(JsonNode value, String path, long min, long max) throws JsonRefusal {
        String wanted = "must be a whole number from " + min + " to " + max;
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(path, wanted + ", not " + describe(value));
        }
        long n = value.longValue();
        if (n < min || n > max) {
            throw invalid(path, wanted + ", not " + describe(value));
        }
        return n;
    }

    public static boolean bool(JsonNode value, String path) throws JsonRefusal {
        if (!value.isBoolean()) {
            throw invalid(path, "must be true or false, not " + describe(value));
        }
        return value.booleanValue();
    }

    /** A JSON string that is the exact name of one of the enum's constants. */
    public static <E extends Enum<E>> E choice(JsonNode value, String path, Class<E> type) throws JsonRefusal {
        if (value.isTextual()) {
            E found = byName(value.textValue(), type);
            if (found != null) {
                return found;
            }
        }
        throw invalid(path, "must be one of " + names(type) + ", not " + describe(value));
    }

    /** The constant named exactly {@code name}, or null. */
    public static <E extends Enum<E>> E byName(String name, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    public static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Text that is not blank, at most {@code maxLength} characters, with no control or format characters. */
    public static String text(JsonNode value, String path, int maxLength) throws JsonRefusal {
        if (!value.isTextual()) {
            throw invalid(path, "must be text, not " + describe(value));
        }
        String text = value.textValue();
        checkText(text, path, maxLength);
        return text;
    }

    /** The checks of {@link #text} for a text already in hand (e.g. a map key). */
    public static void checkText(String text, String path, int maxLength) throws JsonRefusal {
        if (text.isBlank()) {
            throw invalid(path, "must not be blank");
        }
        if (text.length() > maxLength) {
            throw invalid(path, "is " + text.length() + " characters long; at most " + maxLength + " are allowed");
        }
        if (FileProblem.hasUnsafe(text)) {
            throw invalid(path, "must not contain control characters, found " + FileProblem.quoted(text));
        }
    }

    /** The value as a message shows it: {@code text "20"}, {@code -1.5}, {@code null}, {@code a list}. */
    public static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "text " + FileProblem.quoted(value.textValue());
        }
        if (value.isNumber()) {
            return FileProblem.shorten(value.asText(), 24);
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "something else";
    }

    public static JsonRefusal invalid(String path, String reason) {
        return new JsonRefusal(Kind.INVALID, path, reason);
    }
}
