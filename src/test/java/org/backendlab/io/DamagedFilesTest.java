package org.backendlab.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whatever happens to a file, reading it either succeeds or says what is wrong; it never crashes. */
class DamagedFilesTest {

    private static String fullExample() throws IOException {
        try (InputStream in = DamagedFilesTest.class.getResourceAsStream("/examples/full.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void readOrExplain(String text, String what) {
        try {
            DiagramFiles.parse(text);
        } catch (DiagramFileException expected) {
            String message = expected.getMessage();
            if (message == null || message.isBlank()) {
                fail(what + ": refused without a message");
            }
            if (message.matches("(?s).*(Exception|java\\.|com\\.fasterxml|org\\.backendlab|`).*")) {
                fail(what + ": message names Java internals: " + message);
            }
        } catch (RuntimeException e) {
            fail(what + ": crashed with " + e, e);
        }
    }

    @Test
    void everyTruncationIsRefusedCleanly() throws IOException {
        String text = fullExample();
        for (int end = 0; end < text.length(); end++) {
            readOrExplain(text.substring(0, end), "cut at " + end);
        }
    }

    @Test
    void randomByteDamageIsRefusedCleanly() throws IOException {
        String text = fullExample();
        var random = new SplittableRandom(7);
        String noise = "{}[]\":,-0123456789eE.ntrufalsxyz \n\\";
        for (int round = 0; round < 3000; round++) {
            char[] chars = text.toCharArray();
            int changes = 1 + random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                chars[random.nextInt(chars.length)] = noise.charAt(random.nextInt(noise.length()));
            }
            readOrExplain(new String(chars), "round " + round);
        }
    }
}
