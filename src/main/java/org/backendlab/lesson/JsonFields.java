package org.backendlab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads one JSON object of a lesson or script file field by field, strictly: unknown fields, wrong kinds
 * of value (no "3" for 3), blank or missing texts and texts over 10,000 characters are collected as errors
 * naming the JSON path, so one pass reports every problem of a file.
 */
final class JsonFields {

    /** Where errors of one file are collected. */
    static final class Sink {
        final String file;
        final List<FileErrors.Error> errors = new ArrayList<>();

        Sink(String file) {
            this.file = file;
        }

        void error(String path, String message) {
            errors.add(new FileErrors.Error(file, path, message));
        }

        /** A view of {@code node} at {@code path}, or null (an error is recorded) when it is not an object. */
        JsonFields object(JsonNode node, String path, String... allowed) {
            if (node == null || !node.isObject()) {
                error(path, "must be an object");
                return null;
            }
            return new JsonFields(this, node, path, Set.of(allowed));
        }

        /** A text in both languages at a path: {@code {"en": "...", "ko": "..."}}, both non-blank. */
        Text textAt(JsonNode node, String path) {
            JsonFields t = object(node, path, "en", "ko");
            if (t == null) {
                return null;
            }
            String en = t.string("en", true);
            String ko = t.string("ko", true);
            return en == null || ko == null ? null : new Text(en, ko);
        }
    }

    final Sink sink;
    final JsonNode node;
    final String path;

    private JsonFields(Sink sink, JsonNode node, String path, Set<String> allowed) {
        this.sink = sink;
        this.node = node;
        this.path = path;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                sink.error(at(name), "unknown field '" + clip(name) + "'");
            }
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    String at(String name) {
        return path + "." + name;
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    private boolean present(String name, boolean required) {
        if (has(name)) {
            return true;
        }
        if (required) {
            sink.error(at(name), "missing");
        }
        return false;
    }

    String string(String name, boolean required) {
        if (!present(name, required)) {
            return null;
        }
        JsonNode v = node.get(name);
        if (!v.isTextual() || v.asText().isBlank()) {
            sink.error(at(name), "must be a non-blank text");
            return null;
        }
        if (v.asText().length() > StrictJson.MAX_TEXT) {
            sink.error(at(name), "longer than " + StrictJson.MAX_TEXT + " characters");
            return null;
        }
        return v.asText();
    }

    Integer integer(String name, boolean required, int min, int max) {
        if (!present(name, required)) {
            return null;
        }
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            sink.error(at(name), "must be a whole number from " + min + " to " + max);
            return null;
        }
        return v.asInt();
    }

    Double number(String name, boolean required) {
        if (!present(name, required)) {
            return null;
        }
        JsonNode v = node.get(name);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            sink.error(at(name), "must be a number");
            return null;
        }
        return v.asDouble();
    }

    Boolean bool(String name) {
        if (!present(name, false)) {
            return null;
        }
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            sink.error(at(name), "must be true or false");
            return null;
        }
        return v.asBoolean();
    }

    /** A text in both languages: {@code {"en": "...", "ko": "..."}}, both non-blank. */
    Text text(String name, boolean required) {
        if (!present(name, required)) {
            return null;
        }
        return sink.textAt(node.get(name), at(name));
    }

    /** The elements of an array field with their paths; empty (and an error when required) if absent. */
    List<Element> array(String name, boolean required) {
        List<Element> out = new ArrayList<>();
        if (!present(name, required)) {
            return out;
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            sink.error(at(name), "must be a list");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            out.add(new Element(v.get(i), at(name) + "[" + i + "]"));
        }
        return out;
    }

    /** One element of an array and its JSON path. */
    record Element(JsonNode node, String path) {
    }

    /** A list of non-blank strings. */
    List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        for (Element e : array(name, false)) {
            if (!e.node().isTextual() || e.node().asText().isBlank()) {
                sink.error(e.path(), "must be a non-blank text");
            } else if (e.node().asText().length() > StrictJson.MAX_TEXT) {
                sink.error(e.path(), "longer than " + StrictJson.MAX_TEXT + " characters");
            } else {
                out.add(e.node().asText());
            }
        }
        return out;
    }

    /** An enum constant named by a text field. */
    <E extends Enum<E>> E constant(String name, Class<E> type, boolean required) {
        String s = string(name, required);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        sink.error(at(name), "unknown value '" + clip(s) + "'");
        return null;
    }
}
