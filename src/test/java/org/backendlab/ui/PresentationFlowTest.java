package org.backendlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backendlab.io.Settings;
import org.backendlab.ui.present.PresenterView;
import org.backendlab.ui.present.ProjectedView;
import org.backendlab.ui.run.ManualFrameSource;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.run.Speed;
import org.backendlab.ui.widgets.CanvasTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode through the real window: entering and leaving, the keys, the presenter window driving
 * the same run, and every visible text at least 20 px at 1280x720. Frames are stepped by hand.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationFlowTest {

    private final ManualFrameSource frames = new ManualFrameSource();
    private final FakeLessonSteps steps = new FakeLessonSteps();
    private MainViewModel vm;
    private RunViewModel run;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel(new Settings("en", List.of()), false);
        window = new MainWindow(stage, vm);
        run = vm.run();
        run.clock().setFrameSource(frames);
        run.clock().setBudgetNanos(Long.MAX_VALUE);
        vm.lessonStepsProperty().set(steps);
        window.show(1280, 800);
    }

    @AfterEach
    void leave() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.setPresenting(false)).get();
    }

    private void frames(FxRobot robot, int count) {
        robot.interact(() -> frames.frames(count));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() {
        return vm.messages().text(vm.editor().statusProperty().get());
    }

    @Test
    void thePresentButtonEntersAndEscapeLeaves(FxRobot robot) {
        robot.clickOn("#presentButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(ProjectedView.class, stage.getScene().getRoot());
        assertTrue(window.presentation().presenterStage().isShowing());
        assertTrue(stage.getScene().getRoot().lookupAll("#run-play").isEmpty(), "no editing or toolbar on the projection");
        assertFalse(window.presentation().projected().diagram().isEditable());
        Stage presenter = window.presentation().presenterStage();

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(window.view().root(), stage.getScene().getRoot());
        assertFalse(presenter.isShowing());
        assertFalse(vm.presentingProperty().get());
        assertEquals("Presentation mode ended.", status());
        assertEquals(CanvasTheme.Profile.LIGHT, CanvasTheme.current().profile(), "the chosen theme is back");
    }

    @Test
    void f11EntersAndTheKeysDriveTheRun(FxRobot robot) {
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.presentingProperty().get());
        assertEquals(CanvasTheme.Profile.PROJECTOR, CanvasTheme.current().profile());

        robot.push(KeyCode.SPACE);
        assertTrue(run.clock().isPlaying());
        frames(robot, 60);
        assertEquals(1.0, run.clock().time(), 0.05);
        robot.push(KeyCode.SPACE);
        assertFalse(run.clock().isPlaying());
        double paused = run.clock().time();
        frames(robot, 30);
        assertEquals(paused, run.clock().time(), 1e-9);

        robot.push(KeyCode.ENTER);
        frames(robot, 10);
        assertTrue(run.narration().activeProperty().get(), "Enter sent one request");
        assertTrue(robot.lookup("#projected-caption").queryAs(Label.class).isVisible());

        double rate = run.rateProperty().get();
        robot.push(KeyCode.UP);
        double raised = run.rateProperty().get();
        assertTrue(raised > rate);
        robot.push(KeyCode.DOWN);
        assertTrue(run.rateProperty().get() < raised);

        robot.push(KeyCode.ADD);
        assertEquals(Speed.FAST, run.clock().speedProperty().get());
        robot.push(KeyCode.MINUS);
        assertEquals(Speed.NORMAL, run.clock().speedProperty().get());

        robot.push(KeyCode.RIGHT);
        assertEquals(1, steps.nexts);
        assertEquals("Next lesson step.", status());
        assertEquals("Step 3 of 5: Add a cache", robot.lookup("#projected-step").queryAs(Label.class).getText());
        robot.push(KeyCode.LEFT);
        assertEquals(1, steps.previouses);

        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.presentingProperty().get(), "F11 leaves too");
        robot.push(KeyCode.SPACE);
        assertFalse(run.clock().isPlaying(), "Space is not a run key outside presentation mode");
    }

    @Test
    void thePresenterWindowDrivesTheSameRunTheProjectionShows(FxRobot robot) {
        robot.interact(() -> vm.setPresenting(true));
        PresenterView presenter = (PresenterView) window.presentation().presenterStage().getScene().getRoot();
        assertEquals("Step 2 of 5: Add a cache", text(presenter, "#presenter-step"));
        assertEquals("Ask the class what the hit ratio will be first.", text(presenter, "#presenter-notes"));
        assertEquals("Next: Step 3", text(presenter, "#presenter-next"));
        List<String> checks = presenter.lookup("#presenter-checklist").lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of("\u2714 A cache is wired to the API server", "\u25cb Hit ratio above 50%"), checks);

        robot.interact(() -> fire(presenter, "#presenter-play"));
        assertTrue(run.clock().isPlaying());
        frames(robot, 60);
        ProjectedView projected = window.presentation().projected();
        assertEquals(org.backendlab.ui.text.Messages.english().get("time.clock",
                org.backendlab.ui.text.Numbers.seconds(run.clock().time())), text(projected, "#projected-clock"));
        assertTrue(run.clock().time() > 0.9);

        robot.interact(() -> fire(presenter, "#presenter-down-api-1"));
        assertTrue(run.isDown("api-1"));
        assertTrue(((ToggleButton) presenter.lookup("#presenter-down-api-1")).isSelected());
        assertEquals(status(), text(presenter, "#presenter-status"), "the presenter has the status bar's words");
        robot.interact(() -> fire(presenter, "#presenter-traffic-up"));
        assertTrue(text(presenter, "#presenter-rate").endsWith("req/s"));
        robot.interact(() -> fire(presenter, "#presenter-restart"));
        assertEquals(0, run.clock().time(), 1e-9);

        robot.interact(() -> fire(presenter, "#presenter-leave"));
        assertFalse(vm.presentingProperty().get());
    }

    @Test
    void everyVisibleTextIsAtLeastTwentyPixelsAt1280x720(FxRobot robot) {
        robot.interact(() -> {
            vm.setPresenting(true);
            stage.setWidth(1280);
            stage.setHeight(720);
            run.setDown("api-2", true);
            run.togglePlaying();
        });
        frames(robot, 120);
        robot.interact(() -> {
            run.togglePlaying();
            run.sendOne();
        });
        frames(robot, 20);
        robot.interact(() -> window.layoutNow());
        ProjectedView projected = window.presentation().projected();
        assertEquals(720, stage.getScene().getHeight(), 1);
        List<TextSizes.Seen> seen = TextSizes.visible(projected);
        List<String> texts = seen.stream().map(TextSizes.Seen::text).toList();
        assertTrue(texts.contains("Web client"), "node labels are walked: " + texts);
        assertTrue(texts.contains("Step 2 of 5: Add a cache"), texts.toString());
        assertTrue(seen.stream().anyMatch(s -> s.where().contains("projected-caption")), "the caption is walked");
        assertTrue(seen.stream().anyMatch(s -> s.where().contains("projected-why")), "the why text is walked");
        List<TextSizes.Seen> small = seen.stream().filter(s -> s.px() < 20).toList();
        assertTrue(small.isEmpty(), "text under 20 px: " + small);

        // what the canvas draws itself (load words, badges) is zoomed with the diagram
        double zoom = projected.diagram().viewport().zoomProperty().get();
        CanvasTheme theme = CanvasTheme.current();
        assertEquals(CanvasTheme.Profile.PROJECTOR, theme.profile());
        assertTrue(theme.glanceFont().getSize() * zoom >= 20, "load words " + theme.glanceFont().getSize() * zoom);
        assertTrue(theme.badgeFont().getSize() * zoom >= 20, "badges " + theme.badgeFont().getSize() * zoom);
        assertTrue(projected.lookupAll(".run-gauge").isEmpty() || theme.dialValueFontPx(theme.minDial()) >= 20);
    }

    @Test
    void textGrowsOnABiggerScreen() {
        assertTrue(Presentation.fontPx(1080) > Presentation.fontPx(720));
        assertTrue(Presentation.fontPx(720) >= 20);
    }

    private static String text(javafx.scene.Parent root, String id) {
        return ((javafx.scene.control.Labeled) root.lookup(id)).getText();
    }

    private static void fire(javafx.scene.Parent root, String id) {
        ((javafx.scene.control.ButtonBase) root.lookup(id)).fire();
    }
}
