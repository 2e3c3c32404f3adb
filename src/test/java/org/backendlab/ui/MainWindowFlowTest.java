package org.backendlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backendlab.io.Settings;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.editor.NodeBox;
import org.backendlab.ui.editor.PaletteView;
import org.backendlab.ui.editor.WireNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window driven with mouse and keyboard under Monocle, found by node ids. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new Settings("en", List.of()));
        window = new MainWindow(stage, vm);
        vm.setDialogs(dialogs);
        vm.editor().load(Diagram.of(List.of(
                Node.create("client-1", NodeKind.CLIENT, "Client", 100, 100),
                Node.create("api-1", NodeKind.API_SERVER, "API", 400, 100),
                Node.create("db-1", NodeKind.DATABASE, "DB", 700, 100),
                Node.create("monitor-1", NodeKind.MONITORING, "Monitor", 400, 400)), List.of()));
        window.show(1400, 900);
        window.view().canvas().viewport().zoomProperty().set(1);
        window.view().canvas().viewport().panXProperty().set(0);
        window.view().canvas().viewport().panYProperty().set(0);
    }

    private Diagram diagram() {
        return vm.editor().diagram();
    }

    private DiagramView canvas() {
        return window.view().canvas();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void clickingAPaletteItemAddsThatNode(FxRobot robot) {
        robot.clickOn("#" + PaletteView.buttonId(NodeKind.CACHE));
        assertTrue(diagram().contains("cache-1"));
        assertNotNull(robot.lookup("#cache-1").queryAs(NodeBox.class));
        assertEquals("Added Cache server.", status(robot));
    }

    @Test
    void draggingAPaletteItemOntoTheCanvasPlacesItWhereDropped(FxRobot robot) {
        robot.drag("#" + PaletteView.buttonId(NodeKind.FILE_STORAGE)).moveTo("#diagram-canvas")
                .moveBy(-200, 150).drop();
        Node added = diagram().require("storage-1");
        NodeBox box = robot.lookup("#storage-1").queryAs(NodeBox.class);
        var centre = box.localToScreen(box.getLayoutBounds());
        var canvasBounds = canvas().localToScreen(canvas().getLayoutBounds());
        assertEquals(canvasBounds.getCenterX() - 200, centre.getCenterX(), 3);
        assertEquals(canvasBounds.getCenterY() + 150, centre.getCenterY(), 3);
        assertTrue(added.x() > 0);
    }

    @Test
    void keyboardAddsANodeFromThePalette(FxRobot robot) {
        interact(() -> robot.lookup("#" + PaletteView.buttonId(NodeKind.FIREWALL)).queryAs(Button.class).requestFocus());
        robot.type(KeyCode.ENTER);
        assertTrue(diagram().contains("firewall-1"));
    }

    @Test
    void shiftDraggingFromOneNodeToAnotherWiresThem(FxRobot robot) {
        robot.press(KeyCode.SHIFT).drag("#api-1").dropTo("#db-1").release(KeyCode.SHIFT);
        assertEquals(List.of(Link.calls("api-1", "db-1")), diagram().links());
        WireNode wire = canvas().wire("api-1->db-1").orElseThrow();
        assertEquals("wire:api-1->db-1", wire.getId());
        // The wire ends at the borders of the two nodes, not under them.
        NodeBox api = canvas().box("api-1").orElseThrow();
        NodeBox db = canvas().box("db-1").orElseThrow();
        assertTrue(wire.start().getX() >= api.getLayoutX() + api.getWidth());
        assertTrue(wire.end().getX() <= db.getLayoutX());
    }

    @Test
    void draggingFromTheConnectorHandleWiresMonitoring(FxRobot robot) {
        NodeBox monitor = canvas().box("monitor-1").orElseThrow();
        robot.moveTo(monitor);
        robot.drag(monitor.lookup(".connector")).dropTo("#db-1");
        assertEquals(List.of(Link.monitors("monitor-1", "db-1")), diagram().links());
        assertTrue(canvas().wire("monitor-1~>db-1").orElseThrow().getStyleClass().contains("wire-monitors"));
    }

    @Test
    void aRefusedWireIsExplainedInTheStatusBar(FxRobot robot) {
        robot.press(KeyCode.SHIFT).drag("#api-1").dropTo("#client-1").release(KeyCode.SHIFT);
        assertTrue(diagram().links().isEmpty());
        assertEquals("Client starts requests; nothing can call it.", status(robot));
    }

    @Test
    void undoAndRedoWithTheKeyboard(FxRobot robot) {
        robot.clickOn("#" + PaletteView.buttonId(NodeKind.CACHE));
        robot.clickOn("#api-1");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertFalse(diagram().contains("cache-1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertTrue(diagram().contains("cache-1"));
        assertTrue(robot.lookup("#cache-1").tryQuery().isPresent());
    }

    @Test
    void draggingANodeMovesItAsOneUndoableEdit(FxRobot robot) {
        robot.drag("#db-1").moveBy(60, 80).drop();
        Node moved = diagram().require("db-1");
        assertEquals(760, moved.x(), 3);
        assertEquals(180, moved.y(), 3);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(700, diagram().require("db-1").x());
        assertFalse(vm.editor().canUndoProperty().get());
    }

    @Test
    void deleteKeyRemovesTheSelectedNodeAndItsWires(FxRobot robot) {
        interact(() -> vm.editor().connect("api-1", "db-1"));
        robot.clickOn("#api-1").type(KeyCode.DELETE);
        assertFalse(diagram().contains("api-1"));
        assertTrue(diagram().links().isEmpty());
        assertTrue(robot.lookup("#api-1").tryQuery().isEmpty());
        assertTrue(canvas().wire("api-1->db-1").isEmpty());
    }

    @Test
    void rubberBandSelectsTheNodesInside(FxRobot robot) {
        var canvasBounds = canvas().localToScreen(canvas().getLayoutBounds());
        robot.drag(canvasBounds.getMinX() + 20, canvasBounds.getMinY() + 20, javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(canvasBounds.getMinX() + 480, canvasBounds.getMinY() + 160).drop();
        assertEquals(java.util.Set.of("client-1", "api-1"), vm.editor().selectedNodes());
    }

    @Test
    void renameInTheInspector(FxRobot robot) {
        robot.clickOn("#api-1");
        TextField label = robot.lookup("#inspector-label").queryAs(TextField.class);
        robot.doubleClickOn(label).eraseText(3).write("Orders API").type(KeyCode.ENTER);
        assertEquals("Orders API", diagram().require("api-1").label());
        // Ctrl+Z in a text field undoes typing, so undo the rename from the toolbar.
        robot.clickOn("#undoButton");
        assertEquals("API", diagram().require("api-1").label());
    }

    @Test
    void renameOnTheCanvasWithF2(FxRobot robot) {
        robot.clickOn("#db-1").type(KeyCode.F2);
        TextField field = robot.lookup("#rename-field").queryAs(TextField.class);
        interact(() -> field.setText("Orders DB"));
        robot.clickOn(field).type(KeyCode.ENTER);
        assertEquals("Orders DB", diagram().require("db-1").label());
        assertTrue(robot.lookup("#rename-field").tryQuery().isEmpty());
    }

    @Test
    void inspectorNumbersAreUndoableEdits(FxRobot robot) {
        robot.clickOn("#api-1");
        var instances = robot.lookup("#inspector-instances").queryAs(javafx.scene.control.Spinner.class);
        interact(() -> instances.increment());
        assertEquals(2, diagram().require("api-1").server().instances());
        robot.clickOn("#undoButton");
        assertEquals(1, diagram().require("api-1").server().instances());
        assertEquals(1, instances.getValue());
    }

    @Test
    void saveAndReopenGiveTheSameDiagram(FxRobot robot) {
        robot.clickOn("#" + PaletteView.buttonId(NodeKind.CACHE));
        Diagram before = diagram().copy();
        dialogs.fileToSave = dir.resolve("saved.json");
        robot.clickOn("#saveButton");
        assertFalse(vm.editor().isDirty());
        assertEquals("saved.json - Backend Lab", window.stage().getTitle());
        robot.clickOn("#newButton");
        assertTrue(diagram().nodes().isEmpty());
        dialogs.fileToOpen = dir.resolve("saved.json");
        robot.clickOn("#openButton");
        assertTrue(before.sameContent(diagram()));
        assertTrue(robot.lookup("#cache-1").tryQuery().isPresent());
    }

    @Test
    void switchingLanguageRebuildsTheWindowAndKeepsDiagramAndHistory(FxRobot robot) {
        robot.clickOn("#" + PaletteView.buttonId(NodeKind.CACHE));
        MenuItem korean = findMenuItem("koreanItem");
        interact(korean::fire);
        assertEquals("캐시 서버", robot.lookup("#" + PaletteView.buttonId(NodeKind.CACHE)).queryAs(Button.class).getText());
        assertTrue(robot.lookup("#cache-1").tryQuery().isPresent());
        assertTrue(vm.editor().canUndoProperty().get());
        robot.clickOn("#undoButton");
        assertFalse(diagram().contains("cache-1"));
        assertEquals("실행 취소했습니다.", status(robot));
    }

    @Test
    void unsavedChangesPromptCanCancelNew(FxRobot robot) {
        interact(() -> vm.setDialogs(new FxDialogs(window.stage(), vm::messages)));
        robot.clickOn("#" + PaletteView.buttonId(NodeKind.CACHE));
        robot.clickOn("#newButton");
        assertTrue(robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("#dialog-cancel");
        assertTrue(diagram().contains("cache-1"));
        robot.clickOn("#newButton");
        robot.clickOn("#dialog-discard");
        assertTrue(diagram().nodes().isEmpty());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowOpen(FxRobot robot) {
        robot.clickOn("#" + PaletteView.buttonId(NodeKind.CACHE));
        dialogs.saveChoice = Dialogs.SaveChoice.CANCEL;
        interact(() -> window.stage().fireEvent(
                new javafx.stage.WindowEvent(window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(1, dialogs.saveQuestions);
        assertTrue(window.stage().isShowing());
    }

    @Test
    void examplesMenuOpensAnExample(FxRobot robot) {
        interact(() -> findMenuItem("example-client-api-db").fire());
        assertEquals(3, diagram().nodes().size());
        assertTrue(robot.lookup("#db-1").tryQuery().isPresent());
        assertTrue(canvas().wire("api-1->db-1").isPresent());
        assertEquals("client-api-db.json - Backend Lab", window.stage().getTitle());
    }

    @Test
    void wheelZoomsAndFitShowsEverything(FxRobot robot) {
        robot.moveTo("#diagram-canvas").scroll(3, javafx.geometry.VerticalDirection.UP);
        double zoomed = window.view().canvas().viewport().zoomProperty().get();
        assertTrue(zoomed != 1.0);
        robot.clickOn("#fitButton");
        var canvasBounds = canvas().localToScreen(canvas().getLayoutBounds());
        for (String id : List.of("client-1", "api-1", "db-1", "monitor-1")) {
            var b = robot.lookup("#" + id).query().localToScreen(robot.lookup("#" + id).query().getLayoutBounds());
            assertTrue(canvasBounds.contains(b), id + " is outside the canvas after fit");
        }
    }

    private MenuItem findMenuItem(String id) {
        return window.view().root().getTop() instanceof javafx.scene.layout.VBox top
                ? ((javafx.scene.control.MenuBar) top.lookup(".menu-bar")).getMenus().stream()
                        .flatMap(m -> flatten(m).stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow()
                : null;
    }

    private static List<MenuItem> flatten(MenuItem item) {
        List<MenuItem> all = new java.util.ArrayList<>();
        all.add(item);
        if (item instanceof javafx.scene.control.Menu menu) {
            menu.getItems().forEach(i -> all.addAll(flatten(i)));
        }
        return all;
    }

    private static void interact(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, action);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
