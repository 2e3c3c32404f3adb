package org.backendlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path home;
    private String previous;

    @BeforeEach
    void pointHomeAtTempFolder() {
        previous = System.getProperty(AppHome.PROPERTY);
        System.setProperty(AppHome.PROPERTY, home.toString());
    }

    @AfterEach
    void restoreHome() {
        if (previous == null) {
            System.clearProperty(AppHome.PROPERTY);
        } else {
            System.setProperty(AppHome.PROPERTY, previous);
        }
    }

    @Test
    void settingsAreRememberedInTheAppHome() throws Exception {
        new Settings("ko", List.of()).withRecent(Path.of("/tmp/a.json")).save();
        Settings loaded = Settings.load();
        assertEquals("ko", loaded.language());
        assertEquals(List.of(Path.of("/tmp/a.json").toString()), loaded.recentFiles());
        assertEquals(home.resolve("settings.json"), Settings.file());
    }

    @Test
    void reopeningAFileMovesItToTheTopWithoutDuplicates() {
        Settings s = new Settings(null, List.of()).withRecent(Path.of("/a")).withRecent(Path.of("/b"))
                .withRecent(Path.of("/a"));
        assertEquals(List.of("/a", "/b"), s.recentFiles());
    }

    @Test
    void aDamagedSettingsFileFallsBackToDefaults() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{ not json");
        assertEquals(new Settings(null, List.of()), Settings.load());
    }

    @Test
    void theThemeIsRememberedAndKeptByOtherChanges() throws Exception {
        new Settings("en", List.of()).withTheme("dark").withLanguage("ko").withRecent(Path.of("/tmp/b.json")).save();
        Settings loaded = Settings.load();
        assertEquals("dark", loaded.theme());
        assertEquals("ko", loaded.language());
    }

    @Test
    void aSettingsFileFromBeforeThemesStillLoads() throws Exception {
        Files.writeString(Settings.file(), "{\"language\": \"ko\", \"recentFiles\": [\"/tmp/c.json\"]}");
        Settings loaded = Settings.load();
        assertEquals("ko", loaded.language());
        assertEquals(List.of("/tmp/c.json"), loaded.recentFiles());
        assertEquals(null, loaded.theme());
    }
}
