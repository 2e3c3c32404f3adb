package org.backendlab.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.backendlab.io.AppHome;

/**
 * What happens when something throws where nobody catches it (any thread, the frame loop included): the
 * unsaved work is written first, the failure is appended to {@code errors.log} in the app folder, and the
 * learner is told once in a non-modal message (at most one a minute); the app keeps running.
 */
final class CrashGuard implements Thread.UncaughtExceptionHandler {

    /** The log is cut back to nothing when it grows past this, so a loop of failures cannot fill a disk. */
    static final long MAX_LOG_BYTES = 1_000_000;
    static final long QUIET_NANOS = 60_000_000_000L;

    private final MainViewModel vm;
    private final Path log;
    private final LongSupplier clock;
    private long lastShown = Long.MIN_VALUE;
    private int failures;

    CrashGuard(MainViewModel vm, Path log, LongSupplier clock) {
        this.vm = vm;
        this.log = log;
        this.clock = clock;
    }

    /** Installs the guard for every thread of the app. */
    static CrashGuard install(MainViewModel vm) {
        CrashGuard guard = new CrashGuard(vm, AppHome.dir().resolve("errors.log"), System::nanoTime);
        Thread.setDefaultUncaughtExceptionHandler(guard);
        Thread.currentThread().setUncaughtExceptionHandler(guard);
        return guard;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        failures++;
        if (vm.autosave() != null) {
            vm.autosave().flush();
        }
        append(thread, error);
        if (Platform.isFxApplicationThread()) {
            tell();
        } else {
            Platform.runLater(this::tell);
        }
    }

    /** How many failures were caught (tests). */
    int failures() {
        return failures;
    }

    private void append(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String entry = LocalDateTime.now() + " on " + thread.getName() + "\n" + trace + "\n";
        try {
            Files.createDirectories(log.getParent());
            if (Files.isRegularFile(log) && Files.size(log) > MAX_LOG_BYTES) {
                Files.delete(log);
            }
            Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the log is a courtesy; failing to write it must not cause another failure
        }
    }

    private void tell() {
        vm.editor().say("status.error", log.toString());
        long now = clock.getAsLong();
        if (lastShown != Long.MIN_VALUE && now - lastShown < QUIET_NANOS) {
            return;
        }
        lastShown = now;
        var m = vm.messages();
        Alert alert = new Alert(Alert.AlertType.WARNING, m.text("error.detail", log.toString()), ButtonType.OK);
        alert.setTitle(m.text("error.title"));
        alert.setHeaderText(m.text("error.header"));
        alert.getDialogPane().setId("error-notice");
        alert.initModality(javafx.stage.Modality.NONE);
        alert.show();
    }
}
