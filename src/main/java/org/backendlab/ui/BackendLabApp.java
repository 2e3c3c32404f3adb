package org.backendlab.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.backendlab.io.Settings;

/** The JavaFX application: opens the main window on the full example. */
public final class BackendLabApp extends Application {

    public static void start(String[] args) {
        QuietJavaFx.apply();
        Application.launch(BackendLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, new MainViewModel(Settings.load()));
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        window.show(Math.min(1400, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.95));
    }
}
