package org.backendlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped example runs clean out of the box: no request fails at its own traffic. */
class ExamplesRunCleanTest {

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("resources/examples")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleRunsWithoutFailures(Path example) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new SimulateCommand().run(new String[] {example.toString(), "--seconds", "120", "--seed", "3", "--json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        var json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(0, json.get("failed").asLong(), example + " fails requests: " + json);
    }
}
