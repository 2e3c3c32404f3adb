package org.backendlab.ui;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backendlab.ui.editor.NodeBox;

/**
 * The child process of {@code bench-start}: starts the app ({@code app}) or a bare window ({@code hello})
 * exactly as a user would, prints {@link #FIRST_FRAME} at the first pulse after the window's content is
 * drawn, and exits. The parent times it from process start to that line.
 */
public final class StartProbe {

    public static final String FIRST_FRAME = "first_frame";
    private static final List<String> APP_PARTS = List.of("toolBar", "palette", "diagram-canvas");
    private static final List<String> HELLO_PARTS = List.of("hello");

    private StartProbe() {
    }

    public static void main(String[] args) {
        boolean app = args.length > 0 && "app".equals(args[0]);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> watch(w.getScene(), app));
            }
        });
        if (app) {
            BackendLabApp.start(new String[0]);
        } else {
            Application.launch(Hello.class);
        }
    }

    /**
     * Checks after each layout pass whether the content is laid out; the pulse after the one that first
     * drew it is the first frame. A running timer keeps pulses coming when nothing else changes.
     */
    private static void watch(Scene scene, boolean app) {
        boolean[] drawn = {false};
        scene.addPostLayoutPulseListener(() -> {
            if (drawn[0]) {
                System.out.println(FIRST_FRAME);
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
            drawn[0] = isLaidOut(scene, app);
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                // only here to keep pulses coming
            }
        }.start();
    }

    private static boolean isLaidOut(Scene scene, boolean app) {
        for (String id : app ? APP_PARTS : HELLO_PARTS) {
            Node part = scene.lookup("#" + id);
            if (part == null || !part.isVisible() || part.getLayoutBounds().getWidth() <= 0) {
                return false;
            }
        }
        return !app || !scene.lookup("#diagram-canvas").lookupAll("." + NodeBox.STYLE).isEmpty();
    }

    /** The baseline: the smallest window JavaFX can show, one label. */
    public static final class Hello extends Application {

        @Override
        public void start(Stage stage) {
            Label label = new Label("Hello");
            label.setId("hello");
            stage.setScene(new Scene(new StackPane(label), 1400, 900));
            stage.show();
        }
    }
}
