package org.backendlab.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs: the UI language ("ko", "en" or null for the system's), the
 * recently opened files, newest first, and the theme ("light", "dark", "projector" or null for light; a
 * file written before themes existed has none). A damaged settings file is ignored, never fatal.
 */
public record Settings(String language, List<String> recentFiles, String theme) {

    public static final int MAX_RECENT = 8;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Settings {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    /** Settings with no theme chosen (the default look). */
    public Settings(String language, List<String> recentFiles) {
        this(language, recentFiles, null);
    }

    public static Path file() {
        return AppHome.dir().resolve("settings.json");
    }

    public static Settings load() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return new Settings(null, List.of());
        }
        try {
            return JSON.readValue(file.toFile(), Settings.class);
        } catch (IOException | RuntimeException e) {
            return new Settings(null, List.of());
        }
    }

    public void save() throws IOException {
        AtomicFiles.write(file(), JSON.writeValueAsBytes(this));
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, recentFiles, theme);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(language, recentFiles, newTheme);
    }

    /** Puts a file at the top of the recent list, without duplicates, keeping at most {@link #MAX_RECENT}. */
    public Settings withRecent(Path opened) {
        String path = opened.toAbsolutePath().normalize().toString();
        List<String> list = new ArrayList<>();
        list.add(path);
        recentFiles.stream().filter(p -> !p.equals(path)).limit(MAX_RECENT - 1L).forEach(list::add);
        return new Settings(language, list, theme);
    }
}
