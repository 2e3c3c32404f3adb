package org.backendlab.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.backendlab.io.DiagramFileException.Problem;
import org.backendlab.model.Diagram;
import org.backendlab.model.EditRefusedException;
import org.backendlab.model.Link;
import org.backendlab.model.Node;

/**
 * Reads and writes diagram files: versioned JSON ({@code "format": "backend-lab-diagram"}), strict about
 * unknown fields, written atomically with a {@code .bak}. Also serves the bundled examples.
 */
public final class DiagramFiles {

    public static final String FORMAT = "backend-lab-diagram";
    public static final int VERSION = 1;
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final List<String> EXAMPLES = List.of("full", "client-api-db", "cache-storage-firewall");

    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private DiagramFiles() {
    }

    /**
     * Reads a diagram file. Every failure is a {@link DiagramFileException} whose message starts with the
     * file's name (or path, when the file itself is missing) and says in plain English what is wrong.
     */
    public static Diagram read(Path file) throws DiagramFileException {
        String name = String.valueOf(file.getFileName() == null ? file : file.getFileName());
        if (Files.isDirectory(file)) {
            throw new DiagramFileException(Problem.NOT_A_FILE, file.toString(), file + " is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new DiagramFileException(Problem.NOT_FOUND, file.toString(), "no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new DiagramFileException(Problem.NOT_A_FILE, file.toString(), file + " is not a regular file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DiagramFileException(Problem.TOO_LARGE, String.valueOf(MAX_BYTES),
                        name + ": larger than " + MAX_BYTES + " bytes, not a diagram");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (DiagramFileException e) {
            throw new DiagramFileException(e.problem(), e.detail(), e.refusal().orElse(null),
                    name + ": " + e.getMessage());
        } catch (AccessDeniedException e) {
            throw new DiagramFileException(Problem.IO_ERROR, "access denied",
                    file + ": cannot be read (permission denied)");
        } catch (CharacterCodingException e) {
            throw new DiagramFileException(Problem.MALFORMED, "not UTF-8",
                    name + ": not a text file in UTF-8, so not a diagram");
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
            throw new DiagramFileException(Problem.IO_ERROR, reason,
                    file + ": cannot be read" + (reason.isBlank() ? "" : " (" + reason + ")"));
        }
    }

    /** Parses a diagram from JSON text, checking format, version, fields and values. */
    public static Diagram parse(String json) throws DiagramFileException {
        JsonNode tree = tree(json);
        checkHeader(tree);
        DiagramChecks.fillAutoscalingDefaults(tree);
        DiagramDocument document;
        try {
            document = JSON.treeToValue(tree, DiagramDocument.class);
        } catch (UnrecognizedPropertyException e) {
            String path = pathOf(e);
            throw new DiagramFileException(Problem.UNKNOWN_FIELD, e.getPropertyName(),
                    "unknown field '" + e.getPropertyName() + "' at " + path);
        } catch (MismatchedInputException e) {
            String path = pathOf(e);
            throw new DiagramFileException(Problem.INVALID, path, "wrong kind of value at " + path);
        } catch (JsonProcessingException e) {
            String path = pathOf(e);
            throw new DiagramFileException(Problem.INVALID, path, "not a diagram: a value at " + path
                    + " cannot be read");
        }
        return build(document);
    }

    private static JsonNode tree(String json) throws DiagramFileException {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new DiagramFileException(Problem.EMPTY, "", "the file is empty");
            }
            return tree;
        } catch (JsonEOFException e) {
            throw new DiagramFileException(Problem.TRUNCATED, location(e),
                    "the file ends too early (line " + location(e) + "); it may be truncated");
        } catch (StreamReadException e) {
            throw new DiagramFileException(Problem.MALFORMED, location(e),
                    "not valid JSON at line " + location(e) + reason(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new DiagramFileException(Problem.MALFORMED, "", "not valid JSON" + reason(e.getOriginalMessage()));
        }
    }

    private static void checkHeader(JsonNode tree) throws DiagramFileException {
        if (!tree.isObject() || !FORMAT.equals(tree.path("format").asText(null))) {
            throw new DiagramFileException(Problem.WRONG_FORMAT, tree.path("format").asText(""),
                    "not a Backend Lab diagram (\"format\" must be \"" + FORMAT + "\")");
        }
        JsonNode version = tree.path("version");
        if (!version.canConvertToInt() || version.asInt() < 1) {
            throw new DiagramFileException(Problem.INVALID, "version", "\"version\" must be a whole number from 1");
        }
        if (version.asInt() > VERSION) {
            throw new DiagramFileException(Problem.NEWER_VERSION, String.valueOf(version.asInt()),
                    "made by a newer Backend Lab (file version " + version.asInt() + ", this app reads up to "
                            + VERSION + ")");
        }
    }

    private static Diagram build(DiagramDocument document) throws DiagramFileException {
        List<Node> nodes = document.nodes() == null ? List.of() : document.nodes();
        List<Link> links = document.links() == null ? List.of() : document.links();
        if (nodes.size() > DiagramChecks.MAX_NODES) {
            throw new DiagramFileException(Problem.TOO_LARGE, "nodes",
                    "more than " + DiagramChecks.MAX_NODES + " nodes");
        }
        Diagram diagram = new Diagram();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String problem = node == null ? "nodes[" + i + "]: empty" : DiagramChecks.problemOf(node, "nodes[" + i + "]");
            if (problem != null) {
                throw new DiagramFileException(Problem.INVALID, problem, problem);
            }
            node = DiagramChecks.complete(node);
            problem = DiagramChecks.problemOf(node, "nodes[" + i + "]");
            if (problem != null) {
                throw new DiagramFileException(Problem.INVALID, problem, problem);
            }
            try {
                diagram.addNode(node);
            } catch (EditRefusedException e) {
                throw refused("nodes[" + i + "] (" + node.id() + ")", e);
            }
        }
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link == null || link.from() == null || link.to() == null || link.kind() == null) {
                throw invalid("links[" + i + "]: needs from, to and kind");
            }
            try {
                diagram.addLink(link);
            } catch (EditRefusedException e) {
                throw refused("links[" + i + "] (" + link.id() + ")", e);
            }
        }
        return diagram;
    }

    private static DiagramFileException refused(String where, EditRefusedException e) {
        return new DiagramFileException(Problem.INVALID, where, e.reason(), where + ": " + Refusals.english(e.reason()));
    }

    private static DiagramFileException invalid(String what) {
        return new DiagramFileException(Problem.INVALID, what, what);
    }

    public static String toJson(Diagram diagram) {
        try {
            var document = new DiagramDocument(FORMAT, VERSION, new ArrayList<>(diagram.nodes()), diagram.links());
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagram could not be written as JSON", e);
        }
    }

    /** Saves atomically: temp file, fsync, keep {@code .bak}, atomic move. */
    public static void write(Diagram diagram, Path file) throws IOException {
        AtomicFiles.write(file, toJson(diagram).getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> exampleNames() {
        return EXAMPLES;
    }

    /** A bundled example by name (see {@link #EXAMPLES}); a fresh diagram each call. */
    public static Diagram example(String name) {
        try (InputStream in = DiagramFiles.class.getResourceAsStream("/examples/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no example named " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DiagramFileException e) {
            throw new IllegalStateException("bundled example " + name + " is broken: " + e.getMessage(), e);
        }
    }

    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping)) {
            return "the top level";
        }
        String path = mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "the top level" : path.startsWith(".") ? path.substring(1) : path;
    }

    /** The JSON parser's explanation as ": what", without its source excerpts and Java names (or ""). */
    static String reason(String parserMessage) {
        if (parserMessage == null) {
            return "";
        }
        String text = parserMessage.lines().findFirst().orElse("")
                .replaceAll("\\s*\\(for [A-Za-z]+ starting at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*\\[Source:.*?\\]", "")
                .replace("`", "'").strip();
        if (text.isEmpty() || text.matches("(?i).*(exception|java\\.|jackson|fasterxml|Feature\\.).*")) {
            return "";
        }
        return ": " + text;
    }

    private static String location(StreamReadException e) {
        var where = e.getLocation();
        return where == null ? "?" : where.getLineNr() + ", column " + where.getColumnNr();
    }
}
