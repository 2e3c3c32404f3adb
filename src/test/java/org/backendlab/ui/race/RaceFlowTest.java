package org.backendlab.ui.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.backendlab.io.DiagramFiles;
import org.backendlab.io.Settings;
import org.backendlab.model.InstanceSize;
import org.backendlab.session.RaceComparison.Measure;
import org.backendlab.session.RaceComparison.Verdict;
import org.backendlab.ui.MainViewModel;
import org.backendlab.ui.MainWindow;
import org.backendlab.ui.ScriptedDialogs;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.editor.NodeBox;
import org.backendlab.ui.run.ManualFrameSource;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.run.Speed;
import org.backendlab.ui.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The A/B race through the real window (full example, English), frames stepped by hand with a
 * {@link ManualFrameSource}: start a race against a copy, make B's api-1 larger, run, read the strip,
 * save B, leave.
 */
@ExtendWith(ApplicationExtension.class)
class RaceFlowTest {

    private final ManualFrameSource frames = new ManualFrameSource();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel vm;
    private RunViewModel run;
    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new Settings("en", List.of()), false);
        window = new MainWindow(stage, vm);
        vm.setDialogs(dialogs);
        run = vm.run();
        run.clock().setFrameSource(frames);
        run.clock().setBudgetNanos(Long.MAX_VALUE);
        window.show(1600, 1000);
    }

    private void frames(FxRobot robot, int count) {
        robot.interact(() -> frames.frames(count));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private NodeBox boxIn(FxRobot robot, String canvasId, String nodeId) {
        DiagramView canvas = robot.lookup(canvasId).queryAs(DiagramView.class);
        return canvas.box(nodeId).orElseThrow();
    }

    private void startRace(FxRobot robot) {
        robot.interact(() -> run.setRate(400)); // busy enough that api-1's size shows in p95
        robot.interact(() -> menuItem("race-menu-copy").fire());
        assertTrue(vm.race().isActive());
    }

    @Test
    void aLargerApiServerInBWinsOnP95AndLeavingKeepsA(FxRobot robot) throws Exception {
        startRace(robot);
        assertFalse(robot.lookup("#race-canvas-A").queryAs(DiagramView.class).isEditable(), "A is the reference");
        assertTrue(robot.lookup("#race-canvas-B").queryAs(DiagramView.class).isEditable());
        assertTrue(text(robot, "#status").startsWith("Race started"), text(robot, "#status"));

        robot.clickOn(boxIn(robot, "#race-canvas-B", "api-1"));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<InstanceSize> size = robot.lookup("#inspector-size").queryComboBox();
        robot.interact(() -> size.setValue(InstanceSize.LARGE));
        EditorB b = new EditorB();
        assertEquals(InstanceSize.LARGE, b.size("api-1"));
        assertEquals(InstanceSize.MEDIUM, vm.editor().diagram().require("api-1").server().size(), "A untouched");

        robot.interact(() -> run.clock().speedProperty().set(Speed.FAST_FORWARD));
        robot.clickOn("#run-play");
        frames(robot, 60);
        robot.clickOn("#run-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vm.race().race().a().now(), vm.race().race().b().now(), 1e-9, "one clock");
        assertTrue(vm.race().race().a().now() > 20, "ran " + vm.race().race().a().now());
        assertEquals(Verdict.B_BETTER, vm.race().comparisonProperty().get().row(Measure.P95_LATENCY).verdict());
        assertEquals("B better", text(robot, "#race-verdict-P95_LATENCY"));
        assertEquals("A better", text(robot, "#race-verdict-COST_PER_HOUR"), "a larger server costs more");
        assertTrue(vm.race().race().b().simulation().totalRate() == run.session().simulation().totalRate());

        Path saved = folder.resolve("b.json");
        dialogs.fileToSave = saved;
        robot.clickOn("#race-save-b");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(InstanceSize.LARGE, DiagramFiles.read(saved).require("api-1").server().size());
        assertEquals("Design B saved as b.json", text(robot, "#status"));

        robot.clickOn("#race-leave");
        assertTrue(menuItem("race-menu-leave").isDisable());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.race().isActive());
        assertEquals("Race ended: A is still the open document", text(robot, "#status"));
        assertEquals(InstanceSize.MEDIUM, vm.editor().diagram().require("api-1").server().size());
        assertSame(vm.session().document(), vm.editor().document());
        assertTrue(robot.lookup("#race-view").tryQuery().isEmpty());
        assertNotNull(robot.lookup("#diagram-canvas").query().getScene(), "the main canvas is back");
        assertSame(vm.editor(), vm.race().editing(), "the Edit menu acts on A again");
    }

    @Test
    void undoDuringTheRaceUndoesBNotA(FxRobot robot) {
        startRace(robot);
        boolean aCouldUndo = vm.editor().canUndoProperty().get();
        robot.clickOn(boxIn(robot, "#race-canvas-B", "api-2"));
        ComboBox<InstanceSize> size = robot.lookup("#inspector-size").queryComboBox();
        robot.interact(() -> size.setValue(InstanceSize.XLARGE));
        assertEquals(InstanceSize.XLARGE, new EditorB().size("api-2"));
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(InstanceSize.MEDIUM, new EditorB().size("api-2"));
        assertEquals(aCouldUndo, vm.editor().canUndoProperty().get());
    }

    @Test
    void theTrafficSliderAndRestartDriveBoth(FxRobot robot) {
        startRace(robot);
        robot.interact(() -> run.setRate(250));
        assertEquals(250, vm.race().race().b().rate(), 1e-9);
        robot.clickOn("#run-play");
        frames(robot, 30);
        robot.clickOn("#run-play");
        robot.clickOn("#run-restart");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.race().race().b().now(), 1e-9);
    }

    @Test
    void rebuildingTheWindowMidRaceKeepsTheRaceAndReleasesTheOldViews(FxRobot robot) {
        startRace(robot);
        Runnable rebuild = () -> vm.setLanguage(vm.language() == Language.ENGLISH ? Language.KOREAN : Language.ENGLISH);
        robot.interact(rebuild);
        robot.interact(rebuild);
        int settled = run.viewListenerCount();
        int editorListeners = vm.session().document().listenerCount();
        for (int i = 0; i < 10; i++) {
            robot.interact(rebuild);
        }
        assertTrue(vm.race().isActive());
        assertNotNull(robot.lookup("#race-view").query());
        assertEquals(settled, run.viewListenerCount());
        assertEquals(editorListeners, vm.session().document().listenerCount());
        robot.interact(() -> vm.race().leave());
        assertTrue(robot.lookup("#race-view").tryQuery().isEmpty());
    }

    @Test
    void compareWithAFileRacesAgainstThatFile(FxRobot robot) throws Exception {
        Path file = folder.resolve("other.json");
        var other = DiagramFiles.example("full");
        DiagramFiles.write(other, file);
        dialogs.fileToOpen = file;
        robot.interact(vm::compareWithFile);
        assertTrue(vm.race().isActive());
        assertEquals("Race started against other.json: both get the same requests from t = 0", text(robot, "#status"));
        assertTrue(Files.exists(file));
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        var bar = (javafx.scene.control.MenuBar) window.view().root().getTop().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    /** Reads design B's settings. */
    private final class EditorB {
        InstanceSize size(String id) {
            return vm.race().editorBProperty().get().diagram().require(id).server().size();
        }
    }
}
