package org.backendlab.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.util.Duration;
import org.backendlab.session.Autosave;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the main window on the full example, or on the diagram file given as the
 * one parameter (a file opened from the desktop); a file that cannot be read leaves the example open.
 */
public final class BackendLabApp extends Application {

    public static void start(String[] args) {
        QuietJavaFx.apply();
        EarlyStart.begin();
        Application.launch(BackendLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainViewModel vm = new MainViewModel(EarlyStart.settings());
        MainWindow window = new MainWindow(stage, vm);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        window.show(Math.min(1400, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.95));
        // After show, so the error dialog of a bad file has the window as its owner and the example behind it.
        List<String> raw = getParameters().getRaw();
        if (!raw.isEmpty()) {
            vm.open(Path.of(raw.get(0)));
        }
        CrashGuard.install(vm);
        if (!vm.offerRecovery() && raw.isEmpty()) {
            // a newcomer's first start opens the first lesson; the lesson list is one click away
            vm.lesson().openFirstOnFirstStart();
        }
        keepUnsavedWork(vm);
    }

    /** Writes unsaved work to the recovery file every 30 s, and when the app is stopped (SIGTERM, exit). */
    private static void keepUnsavedWork(MainViewModel vm) {
        var autosave = vm.autosave();
        Timeline every = new Timeline(new KeyFrame(Duration.seconds(Autosave.PERIOD_SECONDS), e -> autosave.flush()));
        every.setCycleCount(Animation.INDEFINITE);
        every.play();
        Runtime.getRuntime().addShutdownHook(new Thread(autosave::flush, "keep-unsaved-work"));
    }
}
