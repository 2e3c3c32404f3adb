package org.backendlab.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.backendlab.model.Diagram;

/**
 * Fuzz target for the diagram loader: any bytes end in a diagram (which saves and loads back the same)
 * or in one clean refusal line. An uncaught exception, a hang or running out of memory is a finding.
 * Replays src/test/resources/org/backendlab/io/DiagramFuzzTestInputs in every build; JAZZER_FUZZ=1
 * fuzzes (docs/fuzzing.md).
 */
class DiagramFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void loadsOrRefusesCleanly(byte[] data) {
        Diagram diagram;
        try {
            diagram = DiagramFiles.parse(new String(data, StandardCharsets.UTF_8), "fuzz.json");
        } catch (DiagramFileException refused) {
            StrictValuesTest.assertOneCleanLine(refused.getMessage(), "fuzz.json", refused.path());
            return;
        }
        try {
            Diagram again = DiagramFiles.parse(DiagramFiles.toJson(diagram));
            assertTrue(again.sameContent(diagram), "a loaded diagram saves and loads back the same");
        } catch (DiagramFileException e) {
            throw new AssertionError("a diagram the loader accepted cannot be read back: " + e.getMessage(), e);
        }
    }
}
