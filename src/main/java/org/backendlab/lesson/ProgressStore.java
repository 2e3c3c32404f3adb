package org.backendlab.lesson;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backendlab.io.AppHome;
import org.backendlab.io.AtomicFiles;

/**
 * Keeps {@link Progress} in {@code <backendlab.home>/lesson-progress.json}, written atomically. A missing,
 * damaged or newer file reads as no progress: losing a bookmark must never stop the app.
 */
public final class ProgressStore {

    public static final String FORMAT = "backend-lab-progress";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public ProgressStore(Path file) {
        this.file = file;
    }

    /** The store in the app folder. */
    public static ProgressStore inAppHome() {
        return new ProgressStore(AppHome.dir().resolve("lesson-progress.json"));
    }

    public Path file() {
        return file;
    }

    public Progress load() {
        if (!Files.isRegularFile(file)) {
            return Progress.empty();
        }
        try {
            JsonNode tree = StrictJson.read(file, file.getFileName().toString());
            if (!FORMAT.equals(tree.path("format").asText()) || tree.path("version").asInt() != VERSION) {
                return Progress.empty();
            }
            Progress p = JSON.treeToValue(tree.get("progress"), Progress.class);
            return p == null ? Progress.empty() : p;
        } catch (LessonFileException | IOException | RuntimeException e) {
            return Progress.empty();
        }
    }

    public void save(Progress progress) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("progress", JSON.valueToTree(progress));
        AtomicFiles.write(file, JSON.writeValueAsBytes(root));
    }
}
