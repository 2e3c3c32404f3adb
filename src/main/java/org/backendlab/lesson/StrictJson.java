package org.backendlab.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads lesson, script and diagram files into JSON trees under strict limits: at most 1 MB, UTF-8 (a
 * byte-order mark is skipped), no duplicate keys, no trailing content, limited nesting and string length.
 * Every failure is a one-line {@link LessonFileException}, never a parser's stack trace.
 */
public final class StrictJson {

    public static final long MAX_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 40;
    public static final int MAX_TEXT = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxStringLength(200_000).maxNumberLength(40).build())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    /** Reads a file into a tree; {@code name} is how errors name it. */
    public static JsonNode read(Path file, String name) throws LessonFileException {
        if (Files.isDirectory(file)) {
            throw new LessonFileException(name, "$", "is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new LessonFileException(name, "$", "no such file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new LessonFileException(name, "$", "larger than 1 MB");
            }
            return parse(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new LessonFileException(name, "$", "cannot be read");
        }
    }

    /** Parses bytes (UTF-8, optional byte-order mark) into a tree. */
    public static JsonNode parse(byte[] bytes, String name) throws LessonFileException {
        if (bytes.length > MAX_BYTES) {
            throw new LessonFileException(name, "$", "larger than 1 MB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LessonFileException(name, "$", "not a text file in UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new LessonFileException(name, "$", "the file is empty");
        }
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw new LessonFileException(name, "$", "the file is empty");
            }
            return tree;
        } catch (JsonEOFException e) {
            throw new LessonFileException(name, "$", "the file ends too early (line " + line(e) + "); it may be truncated");
        } catch (StreamConstraintsException e) {
            throw new LessonFileException(name, "$", "too deeply nested or too large a value");
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            if (why.startsWith("Duplicate field")) {
                return fail(name, "duplicate key " + why.substring(why.indexOf('\'')) + " (line " + line(e) + ")");
            }
            return fail(name, "not valid JSON at line " + line(e));
        }
    }

    private static JsonNode fail(String name, String message) throws LessonFileException {
        throw new LessonFileException(name, "$", message);
    }

    private static String line(JsonProcessingException e) {
        var where = e.getLocation();
        return where == null || where.getLineNr() < 1 ? "?" : where.getLineNr() + ", column " + where.getColumnNr();
    }

    /** The tree as compact JSON text (for handing a checked tree to another reader). */
    public static String write(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
