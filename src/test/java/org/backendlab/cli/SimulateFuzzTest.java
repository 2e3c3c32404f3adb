package org.backendlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backendlab.io.FileProblem;

/**
 * Fuzz target for {@code simulate}: the first byte picks the output (text or JSON) and the traffic
 * (0-5,100 requests/s over half a simulated second), the rest is the diagram file. Every input ends in a
 * report with exit code 0 or one clean error line with exit code 2; nothing unescaped reaches the terminal.
 * Replays src/test/resources/org/backendlab/cli/SimulateFuzzTestInputs in every build.
 */
class SimulateFuzzTest {

    private static final Path FILE = tempFile();

    private static Path tempFile() {
        try {
            Path dir = Files.createTempDirectory("simulate-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("fuzz.json");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void simulatesOrRefusesCleanly(byte[] data) throws IOException {
        int knobs = data.length == 0 ? 0 : data[0] & 0xff;
        byte[] diagram = data.length == 0 ? data : java.util.Arrays.copyOfRange(data, 1, data.length);
        Files.write(FILE, diagram);
        boolean json = (knobs & 1) == 1;
        String rate = String.valueOf((knobs >> 1) * 40);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] args = json ? new String[] {FILE.toString(), "--seconds", "0.5", "--rate", rate, "--json"}
                : new String[] {FILE.toString(), "--seconds", "0.5", "--rate", rate};
        int code = new SimulateCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String error = err.toString(StandardCharsets.UTF_8);
        String report = out.toString(StandardCharsets.UTF_8);
        if (code == 0) {
            assertEquals("", error);
            assertFalse(report.isEmpty());
        } else {
            assertEquals(2, code, error);
            assertEquals(1, error.lines().count(), error);
            assertTrue(error.strip().length() <= FileProblem.MAX_LINE, error);
        }
        for (String line : (report + error).split("\n")) {
            assertFalse(FileProblem.hasUnsafe(line.replace("\r", "")), "unescaped text reached the terminal: " + line);
        }
    }
}
