package org.backendlab.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import org.backendlab.io.DiagramFileException.Problem;
import org.backendlab.model.Diagram;
import org.backendlab.model.EditRefusal;
import org.backendlab.model.EditRefusedException;
import org.backendlab.model.Link;
import org.backendlab.model.Node;

/**
 * Reads and writes diagram files: versioned JSON ({@code "format": "backend-lab-diagram"}), strict about
 * types, ranges and unknown fields (docs/file-format.md), written atomically with a {@code .bak}. Also
 * serves the bundled examples.
 */
public final class DiagramFiles {

    public static final String FORMAT = "backend-lab-diagram";
    public static final int VERSION = 1;
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final List<String> EXAMPLES = List.of("full", "client-api-db", "cache-storage-firewall");

    private static final ObjectMapper JSON = StrictJson.mapperBuilder()
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private DiagramFiles() {
    }

    /**
     * Reads a diagram file. Every failure is a {@link DiagramFileException} whose message is one line,
     * {@code NAME: $.json.path: what is wrong} (the file's path instead of its name when the file itself
     * is missing or unreadable).
     */
    public static Diagram read(Path file) throws DiagramFileException {
        String name = String.valueOf(file.getFileName() == null ? file : file.getFileName());
        String whole = file.toString();
        if (Files.isDirectory(file)) {
            throw fail(Problem.NOT_A_FILE, whole, whole, "", "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw fail(Problem.NOT_FOUND, whole, whole, "", "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw fail(Problem.NOT_A_FILE, whole, whole, "", "is not a regular file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw fail(Problem.TOO_LARGE, String.valueOf(MAX_BYTES), name, "",
                        "larger than " + MAX_BYTES + " bytes, not a diagram");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (AccessDeniedException e) {
            throw fail(Problem.IO_ERROR, "access denied", whole, "", "cannot be read (permission denied)");
        } catch (CharacterCodingException e) {
            throw fail(Problem.MALFORMED, "not UTF-8", name, "", "not a text file in UTF-8, so not a diagram");
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
            throw fail(Problem.IO_ERROR, reason, whole, "",
                    "cannot be read" + (reason.isBlank() ? "" : " (" + reason + ")"));
        }
    }

    /** Parses a diagram from JSON text, checking format, version, fields and values. */
    public static Diagram parse(String json) throws DiagramFileException {
        return parse(json, null);
    }

    /** As {@link #parse(String)}, with messages that start with the file's name. */
    static Diagram parse(String json, String file) throws DiagramFileException {
        JsonNode tree;
        try {
            tree = StrictJson.readTree(json);
        } catch (JsonRefusal e) {
            String path = e.kind() == JsonRefusal.Kind.EMPTY ? "" : e.path();
            throw fail(problemOf(e.kind()), path, file, path, e.reason());
        }
        checkHeader(tree, file);
        try {
            DiagramValues.check(tree);
        } catch (JsonRefusal e) {
            throw fail(problemOf(e.kind()), e.path(), file, e.path(), e.reason());
        }
        DiagramChecks.fillAutoscalingDefaults(tree);
        DiagramDocument document;
        try {
            document = JSON.treeToValue(tree, DiagramDocument.class);
        } catch (UnrecognizedPropertyException e) {
            String path = pathOf(e);
            throw fail(Problem.UNKNOWN_FIELD, e.getPropertyName(), file, path, "unknown field");
        } catch (JsonProcessingException e) {
            String path = pathOf(e);
            throw fail(Problem.INVALID, path, file, path, "wrong kind of value");
        }
        return build(document, file);
    }

    private static Problem problemOf(JsonRefusal.Kind kind) {
        return switch (kind) {
            case EMPTY -> Problem.EMPTY;
            case TRUNCATED -> Problem.TRUNCATED;
            case MALFORMED -> Problem.MALFORMED;
            case TOO_LARGE -> Problem.TOO_LARGE;
            case INVALID -> Problem.INVALID;
        };
    }

    private static DiagramFileException fail(Problem problem, String detail, String file, String path, String message) {
        return fail(problem, detail, null, file, path, message);
    }

    private static DiagramFileException fail(Problem problem, String detail, EditRefusal refusal, String file,
                                             String path, String message) {
        return new DiagramFileException(problem, detail, refusal, path,
                new FileProblem(file, path, message).line());
    }

    private static void checkHeader(JsonNode tree, String file) throws DiagramFileException {
        String root = FileProblem.ROOT;
        if (!tree.isObject() || !tree.path("format").isTextual() || !FORMAT.equals(tree.path("format").textValue())) {
            String found = tree.isObject() ? tree.path("format").asText("") : "";
            throw fail(Problem.WRONG_FORMAT, FileProblem.shorten(FileProblem.escape(found), 40), file,
                    tree.isObject() ? "$.format" : root,
                    "not a Backend Lab diagram (\"format\" must be \"" + FORMAT + "\")");
        }
        JsonNode version = tree.path("version");
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw fail(Problem.INVALID, "$.version", file, "$.version", "must be a whole number from 1, not "
                    + JsonFields.describe(version));
        }
        if (version.intValue() > VERSION) {
            throw fail(Problem.NEWER_VERSION, String.valueOf(version.intValue()), file, "$.version",
                    "made by a newer Backend Lab (file version " + version.intValue() + ", this app reads up to "
                            + VERSION + ")");
        }
    }

    private static Diagram build(DiagramDocument document, String file) throws DiagramFileException {
        List<Node> nodes = document.nodes() == null ? List.of() : document.nodes();
        List<Link> links = document.links() == null ? List.of() : document.links();
        if (nodes.size() > DiagramChecks.MAX_NODES) {
            throw fail(Problem.TOO_LARGE, "nodes", file, "$.nodes", "more than " + DiagramChecks.MAX_NODES + " nodes");
        }
        Diagram diagram = new Diagram();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String at = "nodes[" + i + "]";
            String problem = node == null ? at + ": empty" : DiagramChecks.problemOf(node, at);
            if (problem == null) {
                node = DiagramChecks.complete(node);
                problem = DiagramChecks.problemOf(node, at);
            }
            if (problem != null) {
                throw checkFailed(problem, file);
            }
            try {
                diagram.addNode(node);
            } catch (EditRefusedException e) {
                throw refused(file, "$." + at, at + " (" + node.id() + ")", FileProblem.quoted(node.id()), e);
            }
        }
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            String at = "links[" + i + "]";
            if (link == null || link.from() == null || link.to() == null || link.kind() == null) {
                throw fail(Problem.INVALID, at, file, "$." + at, "needs from, to and kind");
            }
            try {
                diagram.addLink(link);
            } catch (EditRefusedException e) {
                throw refused(file, "$." + at, at + " (" + link.id() + ")",
                        FileProblem.quoted(link.from()) + " -> " + FileProblem.quoted(link.to()), e);
            }
        }
        return diagram;
    }

    /** A {@link DiagramChecks#problemOf} finding ("nodes[0].x: why") as a refusal at its path. */
    private static DiagramFileException checkFailed(String problem, String file) {
        int colon = problem.indexOf(": ");
        String path = "$." + (colon < 0 ? problem : problem.substring(0, colon));
        String why = colon < 0 ? "not valid" : problem.substring(colon + 2);
        return fail(Problem.INVALID, path, file, path, why);
    }

    private static DiagramFileException refused(String file, String path, String where, String what,
                                                EditRefusedException e) {
        return fail(Problem.INVALID, where, e.reason(), file, path, what + ": " + Refusals.english(e.reason()));
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

    /** The JSON path of a mapping failure, e.g. {@code $.nodes[0].traffic.speed}. */
    private static String pathOf(JsonProcessingException e) {
        String path = FileProblem.ROOT;
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            for (var ref : mapping.getPath()) {
                path = ref.getFieldName() != null ? FileProblem.field(path, ref.getFieldName())
                        : FileProblem.item(path, Math.max(0, ref.getIndex()));
            }
        }
        return path;
    }
}
