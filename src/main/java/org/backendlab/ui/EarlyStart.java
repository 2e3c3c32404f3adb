package org.backendlab.ui;

import java.util.concurrent.CompletableFuture;
import org.backendlab.io.DiagramFiles;
import org.backendlab.io.Settings;

/**
 * Reads the settings and the start example on a second thread while JavaFX starts, so Jackson's classes
 * are loaded and warm before the window asks for them. Nothing here touches JavaFX.
 */
final class EarlyStart {

    private static volatile CompletableFuture<Settings> settings;

    private EarlyStart() {
    }

    /** Starts the work; called once, before the toolkit is launched. */
    static void begin() {
        CompletableFuture<Settings> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Settings loaded = Settings.load();
                DiagramFiles.example(MainViewModel.START_EXAMPLE);
                future.complete(loaded);
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }, "early-start");
        thread.setDaemon(true);
        settings = future;
        thread.start();
    }

    /** The settings read early, or read now when {@link #begin()} was not called or failed. */
    static Settings settings() {
        CompletableFuture<Settings> early = settings;
        if (early != null) {
            try {
                return early.join();
            } catch (RuntimeException e) {
                // fall through: read them again here, where a failure shows as it always did
            }
        }
        return Settings.load();
    }
}
