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
        "TRUNCATED     | {\"format\": \"backend-lab-diagram\", \"version\": 1, \"nodes\": [                      | cut off",
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

    private static final String HEADER = "{\"format\":\"backend-lab-diagram\",\"version\":1,";
    private static final String TWO_NODES = "\"nodes\":[{\"id\":\"c\",\"kind\":\"CLIENT\",\"label\":\"C\",\"x\":0,\"y\":0},"
            + "{\"id\":\"api-1\",\"kind\":\"API_SERVER\",\"label\":\"A\",\"x\":0,\"y\":0},"
            + "{\"id\":\"mon\",\"kind\":\"MONITORING\",\"label\":\"M\",\"x\":0,\"y\":0}],";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SELF_LINK                    | {\"from\":\"api-1\",\"to\":\"api-1\",\"kind\":\"CALLS\",\"latencyMs\":1} | $.links[0]: \"api-1\" -> \"api-1\": a node cannot be wired to itself",
        "UNKNOWN_NODE                 | {\"from\":\"c\",\"to\":\"ghost\",\"kind\":\"CALLS\",\"latencyMs\":1}   | $.links[0]: \"c\" -> \"ghost\": it names a node that is not in the file",
        "MONITORS_FROM_NON_MONITORING | {\"from\":\"c\",\"to\":\"api-1\",\"kind\":\"MONITORS\",\"latencyMs\":0} | only a monitoring node can watch other nodes",
        "CALLS_INTO_ORIGIN            | {\"from\":\"api-1\",\"to\":\"c\",\"kind\":\"CALLS\",\"latencyMs\":1}     | nothing can call them",
    })
    void aRefusedLinkIsNamedInEnglishAndKeepsItsCode(org.backendlab.model.EditRefusal code, String link, String sentence)
            throws Exception {
        Path file = dir.resolve("links.json");
        Files.writeString(file, HEADER + TWO_NODES + "\"links\":[" + link + "]}");
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.read(file));
        assertEquals(Problem.INVALID, error.problem());
        assertEquals(java.util.Optional.of(code), error.refusal());
        assertTrue(error.detail().startsWith("links[0] ("), error.detail());
        assertTrue(error.getMessage().contains(sentence), error.getMessage());
        assertFalse(error.getMessage().contains(code.name()), "no raw code: " + error.getMessage());
    }

    @Test
    void aDuplicateLinkIsNamedInEnglish() throws Exception {
        String link = "{\"from\":\"c\",\"to\":\"api-1\",\"kind\":\"CALLS\",\"latencyMs\":1}";
        var error = assertThrows(DiagramFileException.class,
                () -> DiagramFiles.parse(HEADER + TWO_NODES + "\"links\":[" + link + "," + link + "]}"));
        assertEquals(java.util.Optional.of(org.backendlab.model.EditRefusal.DUPLICATE_LINK), error.refusal());
        assertEquals("$.links[1]: \"c\" -> \"api-1\": these two nodes are already wired this way", error.getMessage());
    }

    @Test
    void everyRefusalHasAnEnglishSentence() {
        for (var refusal : org.backendlab.model.EditRefusal.values()) {
            String sentence = Refusals.english(refusal);
            assertFalse(sentence.isBlank() || sentence.contains("_"), refusal + ": " + sentence);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "   \n\t  "})
    void anEmptyFileSaysItIsEmpty(String content) throws Exception {
        Path file = dir.resolve("empty.json");
        Files.writeString(file, content);
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.read(file));
        assertEquals(Problem.EMPTY, error.problem());
        assertEquals("empty.json: the file is empty", error.getMessage());
    }

    @Test
    void aMissingFileSaysNoSuchFile() {
        Path file = dir.resolve("missing.json");
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.read(file));
        assertEquals(Problem.NOT_FOUND, error.problem());
        assertEquals(file + ": no such file", error.getMessage());
    }

    @Test
    void aFolderSaysItIsAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.read(folder));
        assertEquals(Problem.NOT_A_FILE, error.problem());
        assertEquals(folder + ": is a folder, not a file", error.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithoutAClassName() throws Exception {
        Path file = dir.resolve("binary.json");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3});
        var error = assertThrows(DiagramFileException.class, () -> DiagramFiles.read(file));
        assertFalse(error.getMessage().contains("Exception"), error.getMessage());
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
