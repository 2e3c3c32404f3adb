package org.backendlab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backendlab.io.JsonRefusal.Kind;

/**
 * Reads learner-written JSON strictly and safely: a byte-order mark is skipped, a key given twice, NaN,
 * trailing text and over-long or over-deep input are refused, and every failure is a {@link JsonRefusal}
 * in plain English with a JSON path, never the parser's own wording. Diagram, lesson and script loaders
 * all read through it; {@link #mapperBuilder()} gives them a mapper that coerces nothing.
 */
public final class StrictJson {

    public static final int MAX_DEPTH = 40;
    public static final int MAX_NUMBER_LENGTH = 40;
    public static final int MAX_TEXT_LENGTH = 100_000;
    public static final int MAX_KEY_LENGTH = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_TEXT_LENGTH)
                    .maxNameLength(MAX_KEY_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper TREES = mapperBuilder().build();

    private StrictJson() {
    }

    /** A mapper builder on the strict parser that refuses coercions (strings as numbers, ordinals, floats as ints). */
    public static JsonMapper.Builder mapperBuilder() {
        return JsonMapper.builder(FACTORY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }

    /** The JSON value of a text, or a refusal saying where and why it is not acceptable JSON. */
    public static JsonNode readTree(String text) throws JsonRefusal {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new JsonRefusal(Kind.EMPTY, FileProblem.ROOT, "the file is empty");
        }
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(body);
            JsonNode tree = TREES.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw new JsonRefusal(Kind.EMPTY, FileProblem.ROOT, "the file is empty");
            }
            JsonToken more = parser.nextToken();
            if (more != null) {
                throw new JsonRefusal(Kind.MALFORMED, FileProblem.ROOT, "more text after the end of the JSON value"
                        + at(parser));
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new JsonRefusal(Kind.TOO_LARGE, pathOf(parser), limitWords(e.getOriginalMessage()));
        } catch (JsonEOFException e) {
            throw new JsonRefusal(Kind.TRUNCATED, pathOf(parser), "the text ends too early" + at(e)
                    + "; it may be cut off");
        } catch (StreamReadException e) {
            String words = syntaxWords(e.getOriginalMessage());
            Kind kind = words.startsWith("the text ends") ? Kind.TRUNCATED : Kind.MALFORMED;
            throw new JsonRefusal(kind, pathOf(parser), words + at(e));
        } catch (JsonProcessingException e) {
            String original = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
            throw new JsonRefusal(Kind.MALFORMED, FileProblem.ROOT, original.contains("trailing")
                    ? "more text after the end of the JSON value" : "not valid JSON");
        } catch (IOException e) {
            throw new JsonRefusal(Kind.MALFORMED, FileProblem.ROOT, "not valid JSON");
        } catch (RuntimeException e) {
            // Jackson guards its own limits with runtime errors in a few places; a file must not crash us.
            throw new JsonRefusal(Kind.TOO_LARGE, pathOf(parser), "too large or too deeply nested to read");
        } finally {
            close(parser);
        }
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Reading from a string: nothing to release.
            }
        }
    }

    /** The JSON path where the parser stands, e.g. {@code $.nodes[3].label}. */
    static String pathOf(JsonParser parser) {
        if (parser == null) {
            return FileProblem.ROOT;
        }
        return pathOf(parser.getParsingContext());
    }

    private static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return FileProblem.ROOT;
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return FileProblem.item(parent, Math.max(0, context.getCurrentIndex()));
        }
        String name = context.getCurrentName();
        return name == null ? parent : FileProblem.field(parent, name);
    }

    private static String at(StreamReadException e) {
        var where = e.getLocation();
        return where == null || where.getLineNr() < 1 ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }

    private static String at(JsonParser parser) {
        var where = parser.currentLocation();
        return where == null || where.getLineNr() < 1 ? "" : " (line " + where.getLineNr() + ")";
    }

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** The parser's complaint in our own words (its messages name Java features and classes). */
    static String syntaxWords(String original) {
        String text = original == null ? "" : original;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("duplicate field") || lower.contains("duplicate object property")) {
            return "the key " + FileProblem.quoted(firstQuoted(text)) + " is given twice";
        }
        if (lower.contains("non-standard token") || lower.contains("non-standard number")) {
            return "NaN and Infinity are not numbers a file may hold";
        }
        if (lower.contains("end-of-input") || lower.contains("unexpected end")) {
            return "the text ends too early";
        }
        if (lower.contains("leading zero")) {
            return "a number must not start with 0";
        }
        if (lower.contains("unrecognized token")) {
            return "unknown word " + FileProblem.quoted(firstQuoted(text)) + " (text must be in double quotes)";
        }
        if (lower.contains("illegal unquoted character")) {
            return "a control character inside text must be written as an escape";
        }
        if (lower.contains("unrecognized character escape")) {
            return "unknown escape with \\ inside text";
        }
        if (lower.contains("invalid utf-8") || lower.contains("invalid utf8")) {
            return "not a text file in UTF-8";
        }
        if (lower.contains("unexpected character")) {
            String expected = text.contains("): ") ? text.substring(text.indexOf("): ") + 3) : "";
            expected = expected.lines().findFirst().orElse("");
            String c = firstQuoted(text);
            return "unexpected character " + FileProblem.quoted(c)
                    + (expected.isBlank() || looksJava(expected) ? "" : " (" + expected.strip() + ")");
        }
        if (lower.contains("numeric value") || lower.contains("number")) {
            return "not a number JSON allows";
        }
        return "not valid JSON";
    }

    private static String firstQuoted(String text) {
        Matcher m = QUOTED.matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static boolean looksJava(String text) {
        return text.matches("(?s).*(Exception|java\\.|jackson|fasterxml|Feature|`|\\(\\)).*");
    }

    /** Our wording for a read limit the text broke. */
    static String limitWords(String original) {
        String lower = original == null ? "" : original.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        if (lower.contains("number")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
        }
        if (lower.contains("name")) {
            return "a key longer than " + MAX_KEY_LENGTH + " characters";
        }
        if (lower.contains("string")) {
            return "a text longer than " + MAX_TEXT_LENGTH + " characters";
        }
        return "too large to read";
    }
}
