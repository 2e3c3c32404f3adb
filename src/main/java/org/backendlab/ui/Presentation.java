package org.backendlab.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.backendlab.ui.present.PresentationKeys;
import org.backendlab.ui.present.PresenterView;
import org.backendlab.ui.present.ProjectedView;
import org.backendlab.ui.run.RunView;
import org.backendlab.ui.text.Messages;
import org.backendlab.ui.widgets.CanvasTheme;
import org.backendlab.ui.widgets.CanvasTheme.Profile;

/**
 * Presentation mode: the main window shows the projected view full screen (on a second screen when there
 * is one) in the projector theme, with its root font sized from the screen's height, and a presenter
 * window opens for the teacher. Leaving puts the editing window back as it was. Follows the view-model's
 * {@code presenting} property.
 */
final class Presentation {

    /** The projected root font is the window's height over this, and never under {@link #MIN_FONT_PX}. */
    static final double FONT_DIVISOR = 32;
    static final double MIN_FONT_PX = 22;
    /**
     * What the canvas draws (load words, badges, dots) is in diagram pixels, made big by the fit's zoom,
     * so its theme is sized like the diagram's text in the projected CSS (.presenting .diagram-canvas).
     */
    static final double DIAGRAM_FONT_PX = 20;

    private final Stage stage;
    private final MainViewModel vm;
    private final Supplier<MainView> view;
    private ProjectedView projected;
    private PresenterView presenter;
    private Stage presenterStage;
    private Rectangle2D before;
    private Subscription subscriptions = Subscription.EMPTY;

    Presentation(Stage stage, MainViewModel vm, Supplier<MainView> view) {
        this.stage = stage;
        this.vm = vm;
        this.view = view;
        vm.presentingProperty().addListener((o, was, on) -> {
            if (on) {
                enter();
            } else {
                leave();
            }
        });
    }

    boolean isOn() {
        return projected != null;
    }

    ProjectedView projected() {
        return projected;
    }

    Stage presenterStage() {
        return presenterStage;
    }

    /** The root font of a projected window of a given height, px. */
    static double fontPx(double height) {
        return Math.max(MIN_FONT_PX, Math.round(height / FONT_DIVISOR));
    }

    private void enter() {
        if (projected != null) {
            return;
        }
        Messages text = Messages.of(vm.messages().locale());
        Scene scene = stage.getScene();
        before = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        List<Screen> screens = Screen.getScreens();
        Screen teacher = screenOf(before);
        Screen shown = screens.stream().filter(s -> !s.equals(teacher)).findFirst().orElse(teacher);

        Theme.apply(Profile.PROJECTOR);
        CanvasTheme.use(Profile.PROJECTOR, DIAGRAM_FONT_PX);
        projected = new ProjectedView(vm.run(), vm.messages(), text, vm.lessonStepsProperty());
        Theme.mark(projected, Profile.PROJECTOR);
        projected.getStyleClass().addAll("presenting", "lang-" + vm.language().code());
        projected.getStylesheets().add(0, RunView.class.getResource(RunView.STYLESHEET).toExternalForm());
        scene.setRoot(projected);
        subscriptions = scene.heightProperty().subscribe(h -> sizeText(h.doubleValue()))
                .and(PresentationKeys.install(scene, vm.run(), d -> vm.lessonStep(d > 0), () -> vm.setPresenting(false)));

        Rectangle2D bounds = shown.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        if (isMonocle()) {
            // Monocle has no real full screen: the stage takes the screen's size instead
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        } else {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
            subscriptions = subscriptions.and(stage.fullScreenProperty().subscribe(full -> {
                if (!full) {
                    vm.setPresenting(false);
                }
            }));
        }
        openPresenter(text, shown == teacher ? null : teacher);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        projected.fit();
        stage.requestFocus();
    }

    private void sizeText(double height) {
        double px = fontPx(height);
        projected.setStyle("-fx-font-size: " + px + "px;");
        projected.applyCss();
        projected.layout();
        projected.fit();
    }

    /** The presenter window: on the teacher's screen when the class sees another, else over the projection. */
    private void openPresenter(Messages text, Screen teacherScreen) {
        presenter = new PresenterView(vm.run(), vm.messages(), text, vm.lessonStepsProperty(), () -> vm.setPresenting(false));
        Theme.mark(presenter, Profile.LIGHT);
        presenter.getStylesheets().add(RunView.class.getResource(RunView.STYLESHEET).toExternalForm());
        presenterStage = new Stage();
        presenterStage.setTitle(vm.messages().text("presenter.windowTitle"));
        Scene scene = new Scene(presenter, 520, 700);
        scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        presenterStage.setScene(scene);
        if (teacherScreen == null) {
            presenterStage.initOwner(stage);
        } else {
            Rectangle2D b = teacherScreen.getVisualBounds();
            presenterStage.setX(b.getMinX() + 40);
            presenterStage.setY(b.getMinY() + 40);
        }
        presenterStage.setOnCloseRequest(e -> vm.setPresenting(false));
        subscriptions = subscriptions.and(PresentationKeys.install(scene, vm.run(), d -> vm.lessonStep(d > 0),
                () -> vm.setPresenting(false)));
        presenterStage.show();
    }

    private void leave() {
        if (projected == null) {
            return;
        }
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        presenterStage.setOnCloseRequest(null);
        presenterStage.close();
        presenter.dispose();
        presenter = null;
        presenterStage = null;
        if (stage.isFullScreen()) {
            stage.setFullScreen(false);
        }
        stage.setX(before.getMinX());
        stage.setY(before.getMinY());
        stage.setWidth(before.getWidth());
        stage.setHeight(before.getHeight());
        Theme.apply(vm.themeProperty().get());
        MainView main = view.get();
        stage.getScene().setRoot(main.root());
        projected.dispose();
        projected = null;
        main.root().applyCss();
        main.root().layout();
        main.fit();
    }

    private static Screen screenOf(Rectangle2D window) {
        List<Screen> found = Screen.getScreensForRectangle(window);
        return found.isEmpty() ? Screen.getPrimary() : found.get(0);
    }

    private static boolean isMonocle() {
        return "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
    }
}
