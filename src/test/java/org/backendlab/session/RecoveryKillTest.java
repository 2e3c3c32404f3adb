package org.backendlab.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.SplittableRandom;
import org.backendlab.io.DiagramFiles;
import org.backendlab.io.Recovery;
import org.backendlab.model.Diagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved work survives kill -9: the recovery file holds exactly what was on screen at the last edit. */
class RecoveryKillTest {

    @TempDir
    Path dir;

    @Test
    void afterAKillTheRecoveryFileEqualsWhatWasOnScreen() throws Exception {
        SplittableRandom chooser = new SplittableRandom(7);
        for (int round = 0; round < 5; round++) {
            Path file = dir.resolve("recovery-" + round + ".json");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    RecoveryChild.class.getName(), file.toString(), String.valueOf(round)).start();
            String shown = null;
            int edits = 1 + chooser.nextInt(8);
            try (Writer go = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
                 BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (int i = 0; i < edits; i++) {
                    go.write("go\n");
                    go.flush();
                    shown = new String(Base64.getDecoder().decode(out.readLine()), StandardCharsets.UTF_8);
                }
                child.destroyForcibly().waitFor();
            }
            Diagram expected = DiagramFiles.parse(shown);
            Diagram recovered = new Recovery(file).read().orElseThrow();
            assertTrue(expected.sameContent(recovered), "round " + round + ": recovered differs from the screen");
        }
    }
}
