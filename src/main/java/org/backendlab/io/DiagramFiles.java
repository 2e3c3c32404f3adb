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

    public static Diagram read(Path file) throws DiagramFileException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DiagramFileException(Problem.TOO_LARGE, String.valueOf(MAX_BYTES),
                        file + ": larger than " + MAX_BYTES + " bytes, not a diagram");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (DiagramFileException e) {
            throw new DiagramFileException(e.problem(), e.detail(), file.getFileName() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new DiagramFileException(Problem.IO_ERROR, String.valueOf(e.getMessage()),
                    file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Parses a diagram from JSON text, checking format, version, fields and values. */
    public static Diagram parse(String json) throws DiagramFileException {
        JsonNode tree = tree(json);
        checkHeader(tree);
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
            throw new DiagramFileException(Problem.INVALID, "", "not a diagram: " + e.getOriginalMessage());
        }
        return build(document);
    }

    private static JsonNode tree(String json) throws DiagramFileException {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new DiagramFileException(Problem.TRUNCATED, "", "the file is empty");
            }
            return tree;
        } catch (JsonEOFException e) {
            throw new DiagramFileException(Problem.TRUNCATED, location(e),
                    "the file ends too early (line " + location(e) + "); it may be truncated");
        } catch (StreamReadException e) {
            throw new DiagramFileException(Problem.MALFORMED, location(e),
                    "not valid JSON at line " + location(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new DiagramFileException(Problem.MALFORMED, "", "not valid JSON: " + e.getOriginalMessage());
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
                throw invalid("nodes[" + i + "] (" + node.id() + "): " + e.reason());
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
                throw invalid("links[" + i + "] (" + link.id() + "): " + e.reason());
            }
        }
        return diagram;
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

    private static String location(StreamReadException e) {
        var where = e.getLocation();
        return where == null ? "?" : where.getLineNr() + ", column " + where.getColumnNr();
    }
}
