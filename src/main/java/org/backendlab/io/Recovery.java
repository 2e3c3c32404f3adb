package org.backendlab.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.backendlab.model.Diagram;

/**
 * The recovery file: the open document's unsaved state, written atomically to the app folder so a crash,
 * a kill or a power cut loses at most the last few seconds of work. A clean save or "discard" removes it;
 * the next start offers to restore it when it is there.
 */
public final class Recovery {

    private final Path file;

    public Recovery(Path file) {
        this.file = file;
    }

    /** The recovery file of the app folder ({@code backendlab.home}). */
    public static Recovery inAppHome() {
        return new Recovery(AppHome.dir().resolve("recovery.json"));
    }

    public Path file() {
        return file;
    }

    /** Writes a diagram's JSON (as {@link DiagramFiles#toJson}) atomically, with no backup copy. */
    public void write(String diagramJson) throws IOException {
        AtomicFiles.write(file, diagramJson.getBytes(StandardCharsets.UTF_8));
        // the recovery file is itself the backup: a second copy would only be stale work to offer later
        Files.deleteIfExists(AtomicFiles.backupOf(file));
    }

    /** The unsaved diagram left by an earlier run, if there is one that can be read. */
    public Optional<Diagram> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DiagramFiles.read(file));
        } catch (DiagramFileException e) {
            return Optional.empty();
        }
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Removes it (a clean save, a discard, or a restore that was declined). */
    public void delete() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(AtomicFiles.backupOf(file));
        } catch (IOException e) {
            // nothing to lose: at worst the next start offers work the learner already saved
        }
    }
}
