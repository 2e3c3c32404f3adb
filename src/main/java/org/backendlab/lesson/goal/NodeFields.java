package org.backendlab.lesson.goal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backendlab.io.DiagramFileException;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;

/**
 * Reads and writes one setting of a node by its path in the diagram file ({@code server.instances},
 * {@code cache.enabled}, {@code rules[2].enabled}, {@code traffic.rate}, {@code policy}): the node is
 * written as the file would hold it, changed there, and read back through the diagram file's own checks,
 * so a script can set exactly what a file can say and nothing else.
 */
public final class NodeFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,4})])?");

    private NodeFields() {
    }

    /** The value at a path as plain Java (Double, Boolean, String), or null when the node has no such field. */
    public static Object get(Node node, String path) {
        JsonNode at = tree(node);
        for (Object part : parts(path)) {
            at = part instanceof Integer i ? at.path(i) : at.path((String) part);
        }
        if (at.isMissingNode() || at.isNull() || at.isContainerNode()) {
            return null;
        }
        return at.isNumber() ? (Object) at.asDouble() : at.isBoolean() ? (Object) at.asBoolean() : at.asText();
    }

    /**
     * The node with the value at a path replaced; {@link IllegalArgumentException} with a plain English
     * reason when the path does not exist or the value is not allowed there.
     */
    public static Node set(Node node, String path, JsonNode value) {
        List<Object> parts = parts(path);
        if (parts.get(0).equals("id") || parts.get(0).equals("kind")) {
            throw new IllegalArgumentException("a node's id and kind cannot be changed");
        }
        ObjectNode root = tree(node);
        JsonNode at = root;
        for (int i = 0; i < parts.size() - 1; i++) {
            Object part = parts.get(i);
            at = part instanceof Integer k ? at.path(k) : at.path((String) part);
            if (at.isMissingNode() || at.isNull()) {
                throw new IllegalArgumentException("node " + node.id() + " has no field " + path);
            }
        }
        Object last = parts.get(parts.size() - 1);
        if (last instanceof Integer k) {
            if (!(at instanceof ArrayNode array) || k >= array.size()) {
                throw new IllegalArgumentException("node " + node.id() + " has no field " + path);
            }
            array.set(k, value);
        } else if (at instanceof ObjectNode object) {
            object.set((String) last, value);
        } else {
            throw new IllegalArgumentException("node " + node.id() + " has no field " + path);
        }
        String json = "{\"format\":\"" + DiagramFiles.FORMAT + "\",\"version\":" + DiagramFiles.VERSION
                + ",\"nodes\":[" + root + "],\"links\":[]}";
        try {
            return DiagramFiles.parse(json).require(node.id());
        } catch (DiagramFileException e) {
            throw new IllegalArgumentException(e.getMessage().replaceAll("nodes\\[0]\\.?", ""));
        }
    }

    /** Whether a path is well formed (segments of letters and digits, optional [index]). */
    public static boolean validPath(String path) {
        try {
            parts(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Object> parts(String path) {
        List<Object> parts = new ArrayList<>();
        if (path == null || path.isEmpty() || path.length() > 200) {
            throw new IllegalArgumentException("not a field path: " + path);
        }
        for (String segment : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a field path: " + path);
            }
            parts.add(m.group(1));
            if (m.group(2) != null) {
                parts.add(Integer.parseInt(m.group(2)));
            }
        }
        return parts;
    }

    private static ObjectNode tree(Node node) {
        try {
            JsonNode file = JSON.readTree(DiagramFiles.toJson(Diagram.of(List.of(node), List.of())));
            return (ObjectNode) file.get("nodes").get(0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
