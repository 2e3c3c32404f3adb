package org.backendlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public final class BackendLabApp extends Application {

    public static void start(String[] args) {
        Application.launch(BackendLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Backend Lab");
        stage.setScene(new Scene(new Label("Backend Lab"), 800, 600));
        stage.show();
    }
}
