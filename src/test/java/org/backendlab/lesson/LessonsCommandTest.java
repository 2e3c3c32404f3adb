package org.backendlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.backendlab.cli.LessonsCommand;
import org.junit.jupiter.api.Test;

/** The shipped lessons prove themselves: every solution passes and every wrong attempt fails where it says. */
class LessonsCommandTest {

    private static final Path LESSONS = Path.of("lessons");

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new LessonsCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void shippedLessonsPassTheirCheck() {
        String[] r = run("check", LESSONS.toString());
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].lines().anyMatch(l -> l.matches("lessons: \\d+, steps: \\d+, concepts covered: 23/23")), r[1]);
        assertTrue(r[1].lines().filter(l -> l.contains(": ok (")).count() >= 11, r[1]);
        assertTrue(r[1].contains("what-is-a-backend: ok"), r[1]);
        assertTrue(r[1].contains("guarding-the-data: ok"), r[1]);
    }

    @Test
    void playPrintsEachStepAndFailsOnTheWrongAttempt() {
        Path folder = LESSONS.resolve("guarding-the-data");
        String[] r = run("play", folder.toString(), folder.resolve("wrong-switched-off-the-api-rule.json").toString());
        assertEquals("1", r[0]);
        assertEquals(3, r[1].lines().count());
        assertTrue(r[1].lines().toList().get(2).startsWith("step 3: fail: "), r[1]);
    }

    @Test
    void playRefusesABadScriptWithExitTwo() {
        Path folder = LESSONS.resolve("guarding-the-data");
        String[] r = run("play", folder.toString(), folder.resolve("lesson.json").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("lesson.json: $.format:") || r[2].contains("$.format"), r[2]);
    }
}
