package org.backendlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the window and which run a headless command. */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsOpenTheWindow() {
        assertTrue(Launcher.opensWindow(new String[0]));
    }

    @Test
    void anExistingJsonFileOpensTheWindow() throws Exception {
        Path file = Files.writeString(dir.resolve("shop.JSON"), "{}");
        assertTrue(Launcher.opensWindow(new String[] {file.toString()}));
    }

    @Test
    void aCommandIsNotAFile() {
        assertFalse(Launcher.opensWindow(new String[] {"simulate"}));
        assertFalse(Launcher.opensWindow(new String[] {"--screenshot"}));
    }

    @Test
    void aFileThatIsNotJsonIsNotOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertFalse(Launcher.opensWindow(new String[] {file.toString()}));
    }

    @Test
    void aFolderNamedLikeJsonIsNotOpened() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("odd.json"));
        assertFalse(Launcher.opensWindow(new String[] {folder.toString()}));
    }

    @Test
    void aMissingJsonFileIsAUsageError() {
        assertFalse(Launcher.opensWindow(new String[] {dir.resolve("gone.json").toString()}));
        assertEquals(2, Launcher.run(new String[] {dir.resolve("gone.json").toString()}));
    }

    @Test
    void aFileWithMoreArgumentsIsNotOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("shop.json"), "{}");
        assertFalse(Launcher.opensWindow(new String[] {file.toString(), "--seconds", "5"}));
    }
}
