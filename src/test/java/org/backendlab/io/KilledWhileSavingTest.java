package org.backendlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM (SIGKILL, no shutdown hooks) in the middle of saving, 50 times at seeded save
 * counts: afterwards the file and its {@code .bak} always load, the backup is never newer than the file,
 * and the next save leaves none of the file's temporary files behind.
 */
class KilledWhileSavingTest {

    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    void theFileAndItsBackupSurviveEveryKill() throws Exception {
        Path file = dir.resolve("lesson.json");
        var random = new SplittableRandom(2024);
        for (int round = 0; round < KILLS; round++) {
            int killAt = 3 + random.nextInt(8);
            Process child = new ProcessBuilder(javaCommand(file))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("saving " + killAt)) {
                    // Saves before the chosen one run to completion.
                }
                assertNotNull(line, "the child stopped before save " + killAt);
                child.destroyForcibly();
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
            int saved = SaveLoop.versionOf(DiagramFiles.read(file));
            int backup = SaveLoop.versionOf(DiagramFiles.read(AtomicFiles.backupOf(file)));
            assertTrue(backup <= saved && saved >= killAt - 1, "round " + round + ": file v" + saved
                    + ", backup v" + backup + ", killed in save " + killAt);
        }
        DiagramFiles.write(SaveLoop.versioned(1), file);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("lesson.json", "lesson.json.bak"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "only the file and its backup remain");
        }
    }

    private static List<String> javaCommand(Path file) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString());
    }
}
