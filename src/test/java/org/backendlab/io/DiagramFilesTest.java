package org.backendlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.backendlab.io.DiagramFileException.Problem;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DiagramFilesTest {

    @TempDir
    Path dir;

    static java.util.List<String> examples() {
        return DiagramFiles.exampleNames();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleSurvivesASaveAndReopen(String name) throws Exception {
        Diagram original = DiagramFiles.example(name);
        Path file = dir.resolve(name + ".json");
        DiagramFiles.write(original, file);
        assertTrue(DiagramFiles.read(file).sameContent(original));
    }

    @Test
    void fullExampleHoldsEveryKindOfNode() {
        Set<NodeKind> kinds = DiagramFiles.example("full").nodes().stream().map(Node::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NodeKind.class)));
        assertEquals(EnumSet.allOf(NodeKind.class), kinds);
        long apiServers = DiagramFiles.example("full").nodes().stream()
                .filter(n -> n.kind() == NodeKind.API_SERVER).count();
        assertTrue(apiServers >= 2);
    }

    @Test
    void missingSettingsAreFilledWithTheKindsDefaults() throws Exception {
        Diagram diagram = DiagramFiles.parse("""
                {"format":"backend-lab-diagram","version":1,
                 "nodes":[{"id":"db-1","kind":"DATABASE","label":"DB","x":0,"y":0}],"links":[]}""");
        Node db = diagram.require("db-1");
        assertEquals(Node.create("db-1", NodeKind.DATABASE, "DB", 0, 0), db);
    }

    @Test
    void savingKeepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("d.json");
        Diagram first = DiagramFiles.example("client-api-db");
        DiagramFiles.write(first, file);
        Diagram second = first.copy();
        second.replaceNode(second.require("api-1").withLabel("Orders API"));
        DiagramFiles.write(second, file);

        assertTrue(DiagramFiles.read(AtomicFiles.backupOf(file)).sameContent(first));
        assertTrue(DiagramFiles.read(file).sameContent(second));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")), "no temp file left behind");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MALFORMED     | {\"format\": \"backend-lab-diagram\", \"version\": 1, nodes: []}                         | line",
        "TRUNCATED     | {\"format\": \"backend-lab-diagram\", \"version\": 1, \"nodes\": [                      | truncated",
        "UNKNOWN_FIELD | {\"format\": \"backend-lab-diagram\", \"version\": 1, \"nodes\": [], \"colour\": \"red\"} | colour",
        "WRONG_FORMAT  | {\"format\": \"spreadsheet\", \"version\": 1}                                              | format",
        "NEWER_VERSION | {\"format\": \"backend-lab-diagram\", \"version\": 99, \"nodes\": []}                      | 99",
        "INVALID       | {\"format\": \"backend-lab-diagram\", \"version\": 1, \"nodes\": [{\"id\":\"a\",\"kind\":\"CLIENT\",\"label\":\"A\",\"x\":0,\"y\":0}], \"links\": [{\"from\":\"a\",\"to\":\"a\",\"kind\":\"CALLS\",\"latencyMs\":1}]} | links[0]",
    })
    void badFilesAreRefusedWithAMessageNamingTheProblem(Problem expected, String json, String mentioned) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.read(file));
        assertEquals(expected, error.problem());
        assertTrue(error.getMessage().contains(mentioned), error.getMessage());
        assertTrue(error.getMessage().startsWith("bad.json: "), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), "one line: " + error.getMessage());
    }

    @Test
    void unknownFieldDeepInsideANodeIsNamedWithItsPath() {
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.parse("""
                {"format":"backend-lab-diagram","version":1,
                 "nodes":[{"id":"a","kind":"CLIENT","label":"A","x":0,"y":0,"traffic":{"rate":5,"speed":2}}]}"""));
        assertEquals(Problem.UNKNOWN_FIELD, error.problem());
        assertEquals("speed", error.detail());
        assertTrue(error.getMessage().contains("nodes[0].traffic"), error.getMessage());
    }

    @Test
    void nonsenseNumbersAreRefused() {
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.parse("""
                {"format":"backend-lab-diagram","version":1,
                 "nodes":[{"id":"a","kind":"CLIENT","label":"A","x":0,"y":0,"traffic":{"rate":-5}}]}"""));
        assertEquals(Problem.INVALID, error.problem());
        assertTrue(error.getMessage().contains("nodes[0].traffic.rate"), error.getMessage());
    }
}
