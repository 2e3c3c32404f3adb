package org.backendlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.InstanceSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code backend-lab compare}: two designs on the same requests, both summaries, the differences. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path full() throws Exception {
        Path file = dir.resolve("full.json");
        DiagramFiles.write(DiagramFiles.example("full"), file);
        return file;
    }

    private Path fullWithLargeApi() throws Exception {
        Diagram diagram = DiagramFiles.example("full");
        diagram.replaceNode(diagram.require("api-1").withServer(
                diagram.require("api-1").server().withSize(InstanceSize.LARGE)));
        Path file = dir.resolve("large.json");
        DiagramFiles.write(diagram, file);
        return file;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void eachSideOfTheJsonIsExactlyWhatSimulatePrints() throws Exception {
        String a = full().toString();
        String b = fullWithLargeApi().toString();
        Result compared = run(new CompareCommand(), a, b, "--seconds", "30", "--seed", "4", "--warmup", "5", "--json");
        assertEquals(0, compared.code(), compared.err());
        JsonNode root = new ObjectMapper().readTree(compared.out());
        assertEquals(List.of("a", "b"), names(root));
        JsonNode simA = new ObjectMapper().readTree(
                run(new SimulateCommand(), a, "--seconds", "30", "--seed", "4", "--warmup", "5", "--json").out());
        JsonNode simB = new ObjectMapper().readTree(
                run(new SimulateCommand(), b, "--seconds", "30", "--seed", "4", "--warmup", "5", "--json").out());
        assertEquals(simA, root.get("a"));
        assertEquals(simB, root.get("b"));
        assertEquals(root.get("a").get("requests"), root.get("b").get("requests"), "the same requests in both");
    }

    @Test
    void theTextShowsBothSummariesAndWhichIsBetter() throws Exception {
        Result result = run(new CompareCommand(), full().toString(), fullWithLargeApi().toString(), "--seconds", "60");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("A = full.json: 60.0 simulated seconds, seed 1"), result.out());
        assertTrue(result.out().contains("B = large.json: 60.0 simulated seconds, seed 1"), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith("  mean latency") && l.endsWith("B better")),
                result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith("  cost per hour") && l.endsWith("B worse")),
                result.out());
        assertFalse(result.out().contains("NaN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "FILE --seconds 10", "FILE FILE FILE --seconds 10", "FILE FILE",
        "FILE FILE --seconds 10 --rate 5", "FILE missing.json --seconds 10", "FILE FILE --seconds -1",
        "FILE FILE --seconds 10 --warmup x", "FILE FILE --seconds 10 --frobnicate"})
    void badInputGivesOneLineAndExitCode2(String line) throws Exception {
        String file = full().toString();
        String[] args = line.isEmpty() ? new String[0]
                : line.replace("FILE", file).replace("missing.json", dir.resolve("missing.json").toString()).split(" ");
        Result result = run(new CompareCommand(), args);
        assertEquals(2, result.code());
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("backend-lab compare: "), result.err());
    }

    @Test
    void aBadFileIsNamed() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{");
        Result result = run(new CompareCommand(), full().toString(), broken.toString(), "--seconds", "5");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("broken.json"), result.err());
    }
}
