package org.backendlab.ui;

import org.backendlab.ui.widgets.Fonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.backendlab.ui.text.Messages;

/**
 * The main window: loads {@code main.fxml} in the current language into the stage's scene, and loads it
 * again in place when the language changes; the view-models (diagram, history, selection, zoom) stay.
 */
public final class MainWindow {

    public static final String STYLESHEET = "/css/app.css";

    private final Stage stage;
    private final MainViewModel vm;
    private MainView view;
    private final Presentation presentation;

    public MainWindow(Stage stage, MainViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        Fonts.load();
        Theme.apply(vm.themeProperty().get());
        vm.setDialogs(new FxDialogs(stage, vm::messages));
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnCloseRequest(this::closeRequested);
        vm.languageProperty().addListener((o, a, b) -> build());
        build();
        presentation = new Presentation(stage, vm, () -> view);
        vm.themeProperty().addListener((o, a, theme) -> {
            if (!presentation.isOn()) {
                Theme.apply(theme);
            }
            Theme.mark(view.root(), theme);
        });
    }

    /** Presentation mode's windows (for tests and screenshots). */
    Presentation presentation() {
        return presentation;
    }

    public MainView view() {
        return view;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window at a size and fits the diagram into the canvas. */
    public void show(double width, double height) {
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        layoutNow();
        view.fit();
    }

    /** Runs CSS and layout now, so sizes are known before a fit or a snapshot. */
    public void layoutNow() {
        Scene scene = stage.getScene();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    private void build() {
        Messages messages = vm.messages();
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/fxml/main.fxml"), messages.bundle());
        MainView fresh = new MainView(vm, this::quit);
        loader.setController(fresh);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (view != null) {
            view.dispose();
        }
        view = fresh;
        Theme.mark(fresh.root(), vm.themeProperty().get());
        if (stage.getScene() == null) {
            Scene scene = new Scene(fresh.root(), 1280, 800);
            scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
            stage.setScene(scene);
        } else if (presentation == null || !presentation.isOn()) {
            stage.getScene().setRoot(fresh.root());
        }
        fresh.root().getStyleClass().add("lang-" + messages.language().code());
    }

    private void closeRequested(WindowEvent e) {
        if (!vm.confirmDiscard()) {
            e.consume();
        }
    }

    private void quit() {
        if (vm.confirmDiscard()) {
            stage.setOnCloseRequest(null);
            stage.close();
        }
    }
}
