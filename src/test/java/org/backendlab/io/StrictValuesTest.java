package org.backendlab.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.backendlab.io.DiagramFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every field of a diagram file, one bad value each: the file is refused with one line that names the
 * field's JSON path and says what it must be. The base file (every-field.json) uses every field and loads.
 */
class StrictValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String base() throws IOException {
        try (InputStream in = StrictValuesTest.class.getResourceAsStream("every-field.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The base file with the value at {@code path} (e.g. {@code nodes[3].server.queue}) replaced or removed. */
    static String with(String path, String rawValue) throws IOException {
        JsonNode root = JSON.readTree(base());
        String[] parts = path.replace("[", ".[").split("\\.");
        JsonNode parent = root;
        for (int k = 0; k < parts.length - 1; k++) {
            parent = step(parent, parts[k]);
        }
        String last = parts[parts.length - 1];
        if (rawValue.equals("<absent>")) {
            ((ObjectNode) parent).remove(last);
        } else if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), JSON.readTree(rawValue));
        } else {
            ((ObjectNode) parent).set(last, JSON.readTree(rawValue));
        }
        return JSON.writeValueAsString(root);
    }

    private static JsonNode step(JsonNode node, String part) {
        return part.startsWith("[") ? node.get(Integer.parseInt(part.substring(1, part.length() - 1))) : node.get(part);
    }

    @Test
    void theBaseFileWithEveryFieldLoads() throws IOException {
        String text = base();
        assertDoesNotThrow(() -> DiagramFiles.parse(text));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // header
        "version                                  | 1.5               | must be a whole number from 1, not 1.5",
        "version                                  | `\"1\"`           | not text \"1\"",
        "version                                  | 0                 | must be a whole number from 1",
        "version                                  | null              | not null",
        // nodes and their common fields
        "nodes                                    | `{}`              | must be a list",
        "nodes[0]                                 | 7                 | must be an object",
        "nodes[0].id                              | <absent>          | is required but missing",
        "nodes[0].id                              | null              | must be text, not null",
        "nodes[0].id                              | 12                | must be text, not 12",
        "nodes[0].id                              | `\"\"`            | must not be blank",
        "nodes[0].id                              | `\"a\\u001b[2Jb\"` | must not contain control characters, found \"a\\u001B[2Jb\"",
        "nodes[0].id                              | `\"a\\nb\"`       | found \"a\\u000Ab\"",
        "nodes[0].id                              | `\"a\\u202eb\"`   | must not contain control characters",
        "nodes[0].kind                            | 6                 | must be one of CLIENT, ADMIN",
        "nodes[0].kind                            | `\"client\"`      | not text \"client\"",
        "nodes[0].kind                            | <absent>          | is required but missing",
        "nodes[0].label                           | null              | must be text, not null",
        "nodes[0].label                           | `\"  \"`          | must not be blank",
        "nodes[0].label                           | `\"x\\ty\"`       | must not contain control characters",
        "nodes[0].x                               | 1e308             | must be a number from -1000000 to 1000000, not 1.0E308",
        "nodes[0].x                               | `\"20\"`          | not text \"20\"",
        "nodes[0].y                               | -1000001          | must be a number from -1000000 to 1000000",
        "nodes[0].y                               | true              | not true",
        "nodes[0].x                               | <absent>          | is required but missing",
        // traffic
        "nodes[0].traffic                         | 3                 | must be an object",
        "nodes[0].traffic.rate                    | -5                | must be a number from 0 to 1000000, not -5",
        "nodes[0].traffic.rate                    | `\"NaN\"`         | not text \"NaN\"",
        "nodes[0].traffic.rate                    | 1000001           | must be a number from 0 to 1000000",
        "nodes[0].traffic.pattern                 | 1                 | must be one of STEADY, SPIKE, DAILY_WAVE, not 1",
        "nodes[0].traffic.mix                     | `[]`              | must be an object",
        "nodes[0].traffic.mix.API_READ            | -0.1              | must be a number from 0 to 1, not -0.1",
        "nodes[0].traffic.mix.API_READ            | 1.5               | must be a number from 0 to 1",
        "nodes[0].traffic.mix.API_READ            | null              | not null",
        "nodes[0].traffic.mix.READS               | 0.5               | is not a request kind",
        // firewall rules
        "nodes[1].rules                           | `{}`              | must be a list",
        "nodes[1].rules[0]                        | `\"allow\"`       | must be an object",
        "nodes[1].rules[0].enabled                | `\"yes\"`         | must be true or false, not text \"yes\"",
        "nodes[1].rules[0].enabled                | 1                 | must be true or false, not 1",
        "nodes[1].rules[0].action                 | <absent>          | is required but missing",
        "nodes[1].rules[0].action                 | 0                 | must be one of ALLOW, DENY, not 0",
        "nodes[1].rules[0].origin                 | `\"any\"`         | must be an object",
        "nodes[1].rules[0].origin.kind            | `\"Client\"`      | must be one of",
        "nodes[1].rules[0].destination.nodeId     | `\"\\u0007\"`     | must not contain control characters",
        "nodes[1].rules[0].destination.nodeId     | null              | must be text, not null",
        // load balancer
        "nodes[2].policy                          | 1                 | must be one of ROUND_ROBIN, LEAST_CONNECTIONS, RANDOM, not 1",
        // server
        "nodes[3].server                          | `[]`              | must be an object",
        "nodes[3].server.size                     | 2                 | must be one of SMALL, MEDIUM, LARGE, XLARGE, not 2",
        "nodes[3].server.size                     | <absent>          | is required but missing",
        "nodes[3].server.instances                | 0                 | must be a whole number from 1 to 100, not 0",
        "nodes[3].server.instances                | 2.5               | must be a whole number from 1 to 100, not 2.5",
        "nodes[3].server.instances                | `\"2\"`           | not text \"2\"",
        "nodes[3].server.threads                  | 10001             | must be a whole number from 1 to 10000",
        "nodes[3].server.threads                  | 99999999999999999999 | must be a whole number from 1 to 10000",
        "nodes[3].server.queue                    | -1                | must be a whole number from 0 to 100000",
        "nodes[3].server.serviceMs                | 5                 | must be an object",
        "nodes[3].server.serviceMs.API_READ       | null              | must be a number from 0 to 600000, not null",
        "nodes[3].server.serviceMs.API_READ       | -1                | must be a number from 0 to 600000, not -1",
        "nodes[3].server.serviceMs.API_READ       | `\"20\"`          | not text \"20\"",
        "nodes[3].server.serviceMs.api_read       | 20                | is not a request kind",
        "nodes[3].server.distribution             | `\"NORMAL\"`      | must be one of EXPONENTIAL, CONSTANT",
        "nodes[3].server.timeoutMs                | -1                | must be a number from 0 to 600000",
        "nodes[3].server.autoscaling              | true              | must be an object",
        "nodes[3].server.autoscaling.enabled      | `\"true\"`        | must be true or false",
        "nodes[3].server.autoscaling.targetCpu    | 0                 | must be a number from 0.01 to 1, not 0",
        "nodes[3].server.autoscaling.targetCpu    | 1.2               | must be a number from 0.01 to 1",
        "nodes[3].server.autoscaling.min          | 0                 | must be a whole number from 1 to 100",
        "nodes[3].server.autoscaling.max          | 101               | must be a whole number from 1 to 100",
        "nodes[3].server.autoscaling.max          | 0                 | must be a whole number from 1 to 100",
        "nodes[3].server.autoscaling.min          | 7                 | must not be less than min (7), not 6",
        "nodes[3].server.autoscaling.cooldownSeconds | -30            | must be a number from 0 to 86400",
        "nodes[3].server.autoscaling.bootSeconds  | 86401             | must be a number from 0 to 86400",
        // cache
        "nodes[4].cache                           | 1                 | must be an object",
        "nodes[4].cache.enabled                   | 0                 | must be true or false",
        "nodes[4].cache.capacity                  | -1                | must be a whole number from 0 to 10000000",
        "nodes[4].cache.capacity                  | <absent>          | is required but missing",
        "nodes[4].cache.ttlSeconds                | -1                | must be a number from 0 to 86400",
        "nodes[4].cache.keySpace                  | 0                 | must be a whole number from 1 to 10000000",
        "nodes[4].cache.zipfExponent              | 6                 | must be a number from 0 to 5",
        // monitoring
        "nodes[6].monitoring                      | `[]`              | must be an object",
        "nodes[6].monitoring.cpuAlert             | 1.1               | must be a number from 0 to 1",
        "nodes[6].monitoring.p95AlertMs           | -1                | must be a number from 0 to 600000",
        "nodes[6].monitoring.errorRateAlert       | -0.5              | must be a number from 0 to 1",
        "nodes[6].monitoring.holdSeconds          | -10               | must be a number from 0 to 86400",
        // links
        "links                                    | 3                 | must be a list",
        "links[0]                                 | `[]`              | must be an object",
        "links[0].from                            | <absent>          | is required but missing",
        "links[0].to                              | 5                 | must be text, not 5",
        "links[0].kind                            | 0                 | must be one of CALLS, MONITORS, not 0",
        "links[0].latencyMs                       | -1                | must be a number from 0 to 600000, not -1",
        "links[0].latencyMs                       | `\"Infinity\"`    | not text \"Infinity\"",
        "links[0].latencyMs                       | 600001            | must be a number from 0 to 600000",
        "links[0].latencyMs                       | <absent>          | is required but missing",
        "nodes[0].traffic.rate                    | <absent>          | is required but missing",
        "nodes[3].server.timeoutMs                | <absent>          | is required but missing",
        "nodes[6].monitoring.holdSeconds          | <absent>          | is required but missing",
    })
    void aBadValueIsRefusedWithItsPath(String path, String value, String says) throws IOException {
        String text = with(path, value);
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.parse(text, "d.json"));
        String line = error.getMessage();
        String where = path.startsWith("nodes[3].server.autoscaling.min") && value.equals("7")
                ? "$.nodes[3].server.autoscaling.max" : "$." + path;
        assertTrue(line.startsWith("d.json: " + where + ": "), line);
        assertTrue(line.contains(says), line);
        assertOneCleanLine(line);
        assertEquals(where, error.path());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "NaN literal       | `{\"format\":\"backend-lab-diagram\",\"version\":1,\"links\":[{\"latencyMs\":NaN}]}`      | MALFORMED | $.links[0].latencyMs | NaN and Infinity",
        "Infinity literal  | `{\"format\":\"backend-lab-diagram\",\"version\":1,\"nodes\":[{\"x\":-Infinity}]}`       | MALFORMED | $.nodes[0].x         | NaN and Infinity",
        "duplicate key     | `{\"format\":\"backend-lab-diagram\",\"version\":1,\"version\":1}`                       | MALFORMED | $.version            | the key \"version\" is given twice",
        "duplicate deep    | `{\"format\":\"backend-lab-diagram\",\"version\":1,\"nodes\":[{\"id\":\"a\",\"id\":\"b\"}]}` | MALFORMED | $.nodes[0].id        | is given twice",
        "trailing text     | `{\"format\":\"backend-lab-diagram\",\"version\":1} {}`                                 | MALFORMED | $                    | more text after",
        "long number       | `{\"format\":\"backend-lab-diagram\",\"version\":1,\"nodes\":[{\"x\":1234567890123456789012345678901234567890123}]}` | TOO_LARGE | $.nodes[0].x | a number longer than 40 characters",
        "leading zero      | `{\"format\":\"backend-lab-diagram\",\"version\":01}`                                   | MALFORMED | $.version            | must not start with 0",
        "unquoted word     | `{\"format\":\"backend-lab-diagram\",\"version\":1,\"nodes\":[{\"kind\":CLIENT}]}`      | MALFORMED | $.nodes[0].kind      | unknown word",
        "wrong format      | `{\"format\":\"spreadsheet\",\"version\":1}`                                            | WRONG_FORMAT | $.format          | not a Backend Lab diagram",
        "unknown field     | `{\"format\":\"backend-lab-diagram\",\"version\":1,\"colour\":\"red\"}`                  | UNKNOWN_FIELD | $.colour         | unknown field",
    })
    void brokenJsonIsRefusedWithOneLine(String what, String text, Problem problem, String path, String says) {
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.parse(text, "d.json"));
        assertEquals(problem, error.problem(), error.getMessage());
        assertTrue(error.getMessage().startsWith("d.json: " + path + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(says), error.getMessage());
        assertOneCleanLine(error.getMessage());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        String text = "\uFEFF" + base();
        assertDoesNotThrow(() -> DiagramFiles.parse(text));
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String text = "{\"format\":\"backend-lab-diagram\",\"version\":1,\"nodes\":" + "[".repeat(100_000);
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.parse(text, "d.json"));
        assertEquals(Problem.TOO_LARGE, error.problem());
        assertTrue(error.getMessage().contains("nested more than"), error.getMessage());
        assertOneCleanLine(error.getMessage());
    }

    @Test
    void aHugeIdIsCutShortInTheMessage() throws IOException {
        String text = with("nodes[0].id", "\"" + "x".repeat(1_000_000 / 20) + "\\u0007\"");
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.parse(text, "d.json"));
        assertTrue(error.getMessage().contains("at most 64"), error.getMessage());
        assertOneCleanLine(error.getMessage());
    }

    @Test
    void aNullServiceTimeIsOneLineNotACrash() throws IOException {
        String text = with("nodes[3].server.serviceMs", "{\"API_READ\": null}");
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.parse(text, "d.json"));
        assertEquals("d.json: $.nodes[3].server.serviceMs.API_READ: must be a number from 0 to 600000, not null",
                error.getMessage());
    }

    @Test
    void aFileNameWithControlCharactersIsEscaped() {
        String line = new FileProblem("a\u001b]0;owned\u0007.json", "$.x", "must be a number").line();
        assertEquals("a\\u001B]0;owned\\u0007.json: $.x: must be a number", line);
    }

    /** As {@link #assertOneCleanLine(String)}, for a line whose file name and JSON path came from the input. */
    static void assertOneCleanLine(String line, String file, String path) {
        String prefix = file + ": " + (path.isEmpty() ? "" : FileProblem.shorten(FileProblem.escape(path), 100) + ": ");
        assertTrue(line.startsWith(prefix) || line.length() == FileProblem.MAX_LINE, line);
        assertOneCleanLine(line.startsWith(prefix) ? line.substring(prefix.length()) : "");
        assertTrue(line.length() <= FileProblem.MAX_LINE, line);
        assertFalse(FileProblem.hasUnsafe(line), line);
    }

    static void assertOneCleanLine(String line) {
        assertTrue(line.length() <= FileProblem.MAX_LINE, line.length() + " characters: " + line);
        assertFalse(FileProblem.hasUnsafe(line), "unescaped control character: " + line);
        // Quoted values come from the file itself and may say anything; the rest is ours.
        String ours = line.replaceAll("\".*\"", "\"\"");
        assertFalse(ours.matches("(?s).*(Exception|java\\.|jackson|fasterxml|org\\.backendlab|Feature|`).*"),
                "names Java internals: " + line);
    }
}
