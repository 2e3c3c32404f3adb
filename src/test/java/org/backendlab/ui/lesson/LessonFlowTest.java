package org.backendlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.backendlab.io.AppHome;
import org.backendlab.io.Settings;
import org.backendlab.ui.MainViewModel;
import org.backendlab.ui.MainWindow;
import org.backendlab.ui.run.ManualFrameSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Lesson tab driven through the real window, in an app folder of its own (progress and the teacher's
 * lessons live there), frames stepped by hand: nothing waits on the wall clock.
 */
@ExtendWith(ApplicationExtension.class)
class LessonFlowTest {

    private final ManualFrameSource frames = new ManualFrameSource();
    private String previousHome;
    private Path home;
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        previousHome = System.getProperty(AppHome.PROPERTY);
        home = Files.createTempDirectory("lesson-flow");
        System.setProperty(AppHome.PROPERTY, home.toString());
        // a teacher's lesson that cannot be read
        Path broken = Files.createDirectories(home.resolve("lessons").resolve("broken-one"));
        Files.writeString(broken.resolve("lesson.json"), "{\"format\": \"backend-lab-lesson\", \"version\": 1, \"id\": 3}");
        vm = open(stage);
    }

    private MainViewModel open(Stage stage) {
        MainViewModel model = new MainViewModel(new Settings("en", List.of()));
        window = new MainWindow(stage, model);
        model.run().clock().setFrameSource(frames);
        model.run().clock().setBudgetNanos(Long.MAX_VALUE);
        window.show(1600, 1000);
        return model;
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty(AppHome.PROPERTY);
        } else {
            System.setProperty(AppHome.PROPERTY, previousHome);
        }
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void completeStepOne(FxRobot robot) {
        robot.interact(() -> vm.lesson().open("what-is-a-backend"));
        robot.clickOn("#send-request");
        robot.interact(() -> frames.frames(10));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openALessonCompleteStepOneThroughTheWindowAndMoveOn(FxRobot robot) {
        robot.interact(() -> robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.clickOn("#lesson-item-what-is-a-backend");
        robot.clickOn("#lesson-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 1 of 6", text(robot, "#lesson-step-counter"));
        javafx.scene.Node check = robot.lookup("#lesson-check-1").query();
        assertTrue(check.getStyleClass().contains("unmet"));
        assertTrue(robot.lookup("#lesson-next").queryButton().isDisabled());
        assertTrue(robot.lookup("#send-request").query().getStyleClass().contains(Highlighter.STYLE), "the send button pulses");

        robot.clickOn("#send-request");
        robot.interact(() -> frames.frames(10));
        WaitForAsyncUtils.waitForFxEvents();
        check = robot.lookup("#lesson-check-1").query();
        assertTrue(check.getStyleClass().contains("met"), check.getStyleClass().toString());
        assertTrue(robot.lookup("#lesson-passed-box").query().isVisible(), "the explanation shows");
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("Step 1 done"));

        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 2 of 6", text(robot, "#lesson-step-counter"));
        assertTrue(robot.lookup("#lesson-choice-1").tryQuery().isPresent(), "step 2 asks for a prediction");
    }

    @Test
    void aNewWindowResumesWhereTheLearnerLeft(FxRobot robot) {
        completeStepOne(robot);
        robot.interact(() -> vm.lesson().next());
        robot.interact(() -> vm = open(new Stage()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("what-is-a-backend", vm.lesson().lessonIdProperty().get());
        assertEquals(2, vm.lesson().stepNumberProperty().get());
        var scene = window.stage().getScene();
        assertEquals(1, ((TabPane) scene.lookup("#sideTabs")).getSelectionModel().getSelectedIndex(), "the Lesson tab is in front");
        assertEquals("Step 2 of 6", ((Label) scene.lookup("#lesson-step-counter")).getText());
        assertEquals(1, vm.lesson().itemsProperty().get().get(0).passed(), "step 1 is remembered as done");
    }

    @Test
    void aBrokenLessonShowsItsOneLineMessageAndTheAppKeepsRunning(FxRobot robot) {
        robot.interact(() -> robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        // the list is long (every shipped lesson, then the teacher's): bring the broken one into view first
        robot.interact(() -> {
            javafx.scene.control.ListView<?> list = robot.lookup("#lesson-list").query();
            list.scrollTo(list.getItems().size() - 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node item = robot.lookup("#lesson-item-broken-one").query();
        String words = ((Label) ((javafx.scene.layout.VBox) item).getChildren().get(1)).getText();
        assertTrue(words.startsWith("Cannot be opened: broken-one/lesson.json: $.id:"), words);
        assertEquals(1, words.lines().count());
        robot.clickOn("#lesson-item-broken-one");
        robot.clickOn("#lesson-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#lesson-error").query().isVisible());
        assertTrue(text(robot, "#status").startsWith("The lesson broken-one cannot be opened: broken-one/lesson.json"),
                text(robot, "#status"));
        completeStepOne(robot);
        assertTrue(vm.lesson().passedProperty().get(), "the app keeps running");
        assertFalse(robot.lookup("#lesson-error").query().isVisible());
    }
}
